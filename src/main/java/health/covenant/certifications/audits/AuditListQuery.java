package health.covenant.certifications.audits;

import org.springframework.modulith.NamedInterface;

/**
 * Filters of the audit list.
 * @param due which due dates, or null for every vendor with an audit or a due date
 * @param withinDays for {@link DueFilter#WITHIN}: due from today to today + this many days
 * @param result only vendors whose last audit had this result, or null
 * @param vendorId one vendor, or null
 */
@NamedInterface("api")
public record AuditListQuery(DueFilter due, int withinDays, AuditResult result, Long vendorId) {

	/** Which vendors the list shows by their next due date. */
	@NamedInterface("api")
	public enum DueFilter {

		/** Due from today within the given days. */
		WITHIN,
		/** Due before today. */
		OVERDUE,
		/** PHI vendors in service with a due date and no audit ever. */
		NEVER_AUDITED

	}

}
