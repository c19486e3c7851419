package health.covenant.assessments;

import java.time.LocalDate;

import health.covenant.assessments.AssessmentScheduleRules.CadenceSource;
import health.covenant.assessments.AssessmentScheduleRules.DueBasis;
import health.covenant.vendors.RiskTier;

/**
 * A vendor's stored assessment state: last completed security and AI assessment, the open one, the
 * cadence (with the risk tier it follows, null while the vendor is not scored) and the next assessment
 * due ({@code triggeredOn}: the day of the lapsed certification or new sub-processor that pulled it
 * forward, else null).
 */
public record AssessmentStanding(long vendorId, String vendorName, Long lastAssessmentId, LocalDate lastCompletedOn,
		Integer lastScore, Long openAssessmentId, AssessmentStatus openStatus, int cadenceMonths,
		CadenceSource cadenceSource, LocalDate nextDue, DueBasis dueBasis, Long daysUntilDue, RiskTier riskTier,
		LocalDate triggeredOn) {

	public boolean overdue() {
		return this.daysUntilDue != null && this.daysUntilDue < 0;
	}

}
