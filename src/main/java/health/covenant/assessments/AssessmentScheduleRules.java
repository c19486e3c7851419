package health.covenant.assessments;

import java.time.LocalDate;
import java.util.List;

import health.covenant.vendors.RiskTier;
import health.covenant.vendors.VendorSummary;

/**
 * When a vendor's next security and AI assessment is due: the one place of the rule, for one vendor,
 * without database or clock (privacy impact assessments are per use case and not scheduled).
 * <ul>
 * <li>Cadence: the vendor's override if set, else the cadence of its risk tier once it is scored
 * ({@link ReassessmentPolicy}), else the default for its PHI access ({@link AssessmentPolicy}).</li>
 * <li>An assessment open (draft or in progress): its own due date.</li>
 * <li>Else a vendor not in service has none.</li>
 * <li>Assessed before: the last completed one's day plus the cadence in months, pulled forward to no
 * later than {@link ReassessmentPolicy#triggerDays()} after a trigger that came after that assessment:
 * the day its third-party assurance lapses (the day after the last assured day) or the day a
 * sub-processor was added. The earliest of these wins; on a tie the cadence.</li>
 * <li>Never assessed: the first day in service plus {@link AssessmentPolicy#firstDueDays()}.</li>
 * </ul>
 * The date depends on the inputs only, never on today: "overdue" is read against today.
 */
public final class AssessmentScheduleRules {

	private AssessmentScheduleRules() {
	}

	/** Where the cadence comes from. */
	public enum CadenceSource {

		PHI_ACCESS, OVERRIDE, RISK_TIER

	}

	/** What the due date was computed from, or why there is none. */
	public enum DueBasis {

		OPEN_ASSESSMENT, LAST_ASSESSMENT, FIRST_ASSESSMENT, NOT_IN_SERVICE, CERTIFICATION_LAPSED, NEW_SUBPROCESSOR

	}

	/**
	 * What may pull a reassessment forward. Null where there is none.
	 * @param assuredUntil the last day the vendor's third-party assurance counts (it lapses the day after)
	 * @param subprocessorsAddedOn the days sub-processors were added to the vendor
	 */
	public record Triggers(LocalDate assuredUntil, List<LocalDate> subprocessorsAddedOn) {

		public static final Triggers NONE = new Triggers(null, List.of());

		public Triggers {
			subprocessorsAddedOn = subprocessorsAddedOn == null ? List.of() : List.copyOf(subprocessorsAddedOn);
		}

	}

	/** The vendor's last completed assessment of the family. */
	public record Last(long id, LocalDate completedOn, Integer score) {
	}

	/** The vendor's open assessment of the family. */
	public record Open(long id, AssessmentStatus status, LocalDate dueOn) {
	}

	/**
	 * @param triggeredOn the day of the trigger that set the due date ({@link DueBasis#CERTIFICATION_LAPSED},
	 * {@link DueBasis#NEW_SUBPROCESSOR}), else null
	 */
	public record Schedule(int cadenceMonths, CadenceSource cadenceSource, LocalDate nextDue, DueBasis basis,
			LocalDate triggeredOn) {

		public Schedule(int cadenceMonths, CadenceSource cadenceSource, LocalDate nextDue, DueBasis basis) {
			this(cadenceMonths, cadenceSource, nextDue, basis, null);
		}

	}

	/** Without a risk tier or triggers: the cadence by PHI access (or the vendor's override). */
	public static Schedule evaluate(VendorSummary vendor, Last last, Open open, Integer overrideMonths,
			LocalDate inServiceSince, AssessmentPolicy policy) {
		return evaluate(vendor, last, open, overrideMonths, inServiceSince, null, Triggers.NONE, policy,
				ReassessmentPolicy.defaults());
	}

	public static Schedule evaluate(VendorSummary vendor, Last last, Open open, Integer overrideMonths,
			LocalDate inServiceSince, RiskTier tier, Triggers triggers, AssessmentPolicy policy,
			ReassessmentPolicy reassessment) {
		int months;
		CadenceSource source;
		if (overrideMonths != null) {
			months = overrideMonths;
			source = CadenceSource.OVERRIDE;
		}
		else if (tier != null) {
			months = reassessment.monthsFor(tier);
			source = CadenceSource.RISK_TIER;
		}
		else {
			months = policy.monthsFor(vendor.phiAccess());
			source = CadenceSource.PHI_ACCESS;
		}
		if (open != null) {
			return new Schedule(months, source, open.dueOn(), DueBasis.OPEN_ASSESSMENT);
		}
		if (!vendor.inService()) {
			return new Schedule(months, source, null, DueBasis.NOT_IN_SERVICE);
		}
		if (last != null) {
			Schedule schedule = new Schedule(months, source, last.completedOn().plusMonths(months),
					DueBasis.LAST_ASSESSMENT);
			if (triggers.assuredUntil() != null) {
				// assurance that lapsed on or before the last assessment was known to it
				LocalDate lapsed = triggers.assuredUntil().plusDays(1);
				if (lapsed.isAfter(last.completedOn())) {
					schedule = earlier(schedule, lapsed, DueBasis.CERTIFICATION_LAPSED, reassessment);
				}
			}
			for (LocalDate added : triggers.subprocessorsAddedOn()) {
				if (added.isAfter(last.completedOn())) {
					schedule = earlier(schedule, added, DueBasis.NEW_SUBPROCESSOR, reassessment);
				}
			}
			return schedule;
		}
		if (inServiceSince != null) {
			return new Schedule(months, source, inServiceSince.plusDays(policy.firstDueDays()),
					DueBasis.FIRST_ASSESSMENT);
		}
		return new Schedule(months, source, null, DueBasis.NOT_IN_SERVICE);
	}

	private static Schedule earlier(Schedule schedule, LocalDate triggeredOn, DueBasis basis,
			ReassessmentPolicy reassessment) {
		LocalDate due = triggeredOn.plusDays(reassessment.triggerDays());
		if (due.isBefore(schedule.nextDue())) {
			return new Schedule(schedule.cadenceMonths(), schedule.cadenceSource(), due, basis, triggeredOn);
		}
		return schedule;
	}

}
