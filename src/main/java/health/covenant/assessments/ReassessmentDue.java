package health.covenant.assessments;

import java.time.LocalDate;

import health.covenant.vendors.RiskTier;

import org.springframework.modulith.NamedInterface;

/**
 * A vendor's next assessment as the stored assessment state has it, and why it is due then.
 *
 * @param dueOn the day the next assessment is due
 * @param why what set the day
 * @param cadenceMonths the months between assessments the vendor is on
 * @param tier the risk tier the cadence follows, null while the vendor is not scored
 * @param triggeredOn the day of the lapsed certification or new sub-processor that pulled it forward, else null
 * @param openAssessmentId the assessment under way, null when none is
 */
@NamedInterface("api")
public record ReassessmentDue(long vendorId, String vendorName, LocalDate dueOn, Why why, int cadenceMonths,
		RiskTier tier, LocalDate triggeredOn, Long openAssessmentId) {

	/** What set the due day. */
	@NamedInterface("api")
	public enum Why {

		/** The last completed assessment plus the cadence. */
		CADENCE,
		/** A vendor in service that was never assessed. */
		FIRST_ASSESSMENT,
		/** An assessment is under way; its own due day. */
		IN_PROGRESS,
		/** A certification lapsed and pulled the assessment forward. */
		CERTIFICATION_LAPSED,
		/** A sub-processor was added and pulled the assessment forward. */
		NEW_SUBPROCESSOR;

		static Why of(AssessmentScheduleRules.DueBasis basis) {
			return switch (basis) {
				case LAST_ASSESSMENT, NOT_IN_SERVICE -> CADENCE;
				case FIRST_ASSESSMENT -> FIRST_ASSESSMENT;
				case OPEN_ASSESSMENT -> IN_PROGRESS;
				case CERTIFICATION_LAPSED -> CERTIFICATION_LAPSED;
				case NEW_SUBPROCESSOR -> NEW_SUBPROCESSOR;
			};
		}

	}

}
