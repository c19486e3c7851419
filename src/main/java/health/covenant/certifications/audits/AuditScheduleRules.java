package health.covenant.certifications.audits;

import java.time.LocalDate;

import health.covenant.vendors.VendorSummary;

/**
 * When a vendor's next audit is due: the one place of the rule, for one vendor, without database or
 * clock.
 * <ul>
 * <li>Cadence: the vendor's override if set, else the default for its PHI access
 * ({@link AuditCadencePolicy}).</li>
 * <li>A vendor not in service (prospect, offboarding, terminated) has no audit due.</li>
 * <li>Audited before: the latest audit's day plus the cadence in months (a month end stays within the
 * month: 31 Jan + 1 month is 28 or 29 Feb; 29 Feb + 12 months is 28 Feb).</li>
 * <li>Never audited, handling PHI or a limited data set: the day it was first in service plus the grace
 * period in days.</li>
 * <li>Never audited, no PHI: none until a first audit is recorded.</li>
 * </ul>
 * The date depends on the inputs only, never on today: "overdue" is read against today.
 */
public final class AuditScheduleRules {

	private AuditScheduleRules() {
	}

	/** The latest audit of a vendor (the one with the latest day; on the same day, the one recorded last). */
	public record LastAudit(long id, LocalDate performedOn, AuditResult result) {
	}

	/**
	 * A vendor's schedule.
	 * @param cadenceMonths months between audits
	 * @param cadenceSource where they come from
	 * @param nextDue the day the next audit is due, or null when none is
	 * @param basis what the date was computed from, or why there is none
	 */
	public record Schedule(int cadenceMonths, CadenceSource cadenceSource, LocalDate nextDue, DueBasis basis) {
	}

	/**
	 * @param vendor the vendor (status, PHI access)
	 * @param last its latest audit, or null
	 * @param overrideMonths the vendor's own cadence, or null for the default
	 * @param inServiceSince the first day it was seen in service, or null (needed for a PHI vendor never
	 * audited)
	 * @param policy the defaults
	 */
	public static Schedule evaluate(VendorSummary vendor, LastAudit last, Integer overrideMonths,
			LocalDate inServiceSince, AuditCadencePolicy policy) {
		int months = overrideMonths != null ? overrideMonths : policy.monthsFor(vendor.phiAccess());
		CadenceSource source = overrideMonths != null ? CadenceSource.OVERRIDE : CadenceSource.PHI_ACCESS;
		if (!vendor.inService()) {
			return new Schedule(months, source, null, DueBasis.NOT_IN_SERVICE);
		}
		if (last != null) {
			return new Schedule(months, source, last.performedOn().plusMonths(months), DueBasis.LAST_AUDIT);
		}
		if (vendor.handlesPhi() && inServiceSince != null) {
			return new Schedule(months, source, inServiceSince.plusDays(policy.graceDays()), DueBasis.ONBOARDING_GRACE);
		}
		return new Schedule(months, source, null, DueBasis.NOT_REQUIRED);
	}

}
