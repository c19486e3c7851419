package health.covenant.assessments;

import java.time.LocalDate;

import health.covenant.assessments.AssessmentScheduleRules.CadenceSource;
import health.covenant.assessments.AssessmentScheduleRules.DueBasis;

/**
 * A vendor's stored assessment state: last completed security and AI assessment, the open one, the
 * cadence and the next assessment due.
 */
public record AssessmentStanding(long vendorId, String vendorName, Long lastAssessmentId, LocalDate lastCompletedOn,
		Integer lastScore, Long openAssessmentId, AssessmentStatus openStatus, int cadenceMonths,
		CadenceSource cadenceSource, LocalDate nextDue, DueBasis dueBasis, Long daysUntilDue) {

	public boolean overdue() {
		return this.daysUntilDue != null && this.daysUntilDue < 0;
	}

}
