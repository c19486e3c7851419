package health.covenant.assessments;

import java.time.LocalDate;

import health.covenant.vendors.VendorSummary;

/**
 * When a vendor's next security and AI assessment is due: the one place of the rule, for one vendor,
 * without database or clock (privacy impact assessments are per use case and not scheduled).
 * <ul>
 * <li>Cadence: the vendor's override if set, else the default for its PHI access
 * ({@link AssessmentPolicy}).</li>
 * <li>An assessment open (draft or in progress): its own due date.</li>
 * <li>Else a vendor not in service has none.</li>
 * <li>Assessed before: the last completed one's day plus the cadence in months.</li>
 * <li>Never assessed: the first day in service plus {@link AssessmentPolicy#firstDueDays()}.</li>
 * </ul>
 * The date depends on the inputs only, never on today: "overdue" is read against today.
 */
public final class AssessmentScheduleRules {

	private AssessmentScheduleRules() {
	}

	/** Where the cadence comes from. */
	public enum CadenceSource {

		PHI_ACCESS, OVERRIDE

	}

	/** What the due date was computed from, or why there is none. */
	public enum DueBasis {

		OPEN_ASSESSMENT, LAST_ASSESSMENT, FIRST_ASSESSMENT, NOT_IN_SERVICE

	}

	/** The vendor's last completed assessment of the family. */
	public record Last(long id, LocalDate completedOn, Integer score) {
	}

	/** The vendor's open assessment of the family. */
	public record Open(long id, AssessmentStatus status, LocalDate dueOn) {
	}

	public record Schedule(int cadenceMonths, CadenceSource cadenceSource, LocalDate nextDue, DueBasis basis) {
	}

	public static Schedule evaluate(VendorSummary vendor, Last last, Open open, Integer overrideMonths,
			LocalDate inServiceSince, AssessmentPolicy policy) {
		int months = overrideMonths != null ? overrideMonths : policy.monthsFor(vendor.phiAccess());
		CadenceSource source = overrideMonths != null ? CadenceSource.OVERRIDE : CadenceSource.PHI_ACCESS;
		if (open != null) {
			return new Schedule(months, source, open.dueOn(), DueBasis.OPEN_ASSESSMENT);
		}
		if (!vendor.inService()) {
			return new Schedule(months, source, null, DueBasis.NOT_IN_SERVICE);
		}
		if (last != null) {
			return new Schedule(months, source, last.completedOn().plusMonths(months), DueBasis.LAST_ASSESSMENT);
		}
		if (inServiceSince != null) {
			return new Schedule(months, source, inServiceSince.plusDays(policy.firstDueDays()),
					DueBasis.FIRST_ASSESSMENT);
		}
		return new Schedule(months, source, null, DueBasis.NOT_IN_SERVICE);
	}

}
