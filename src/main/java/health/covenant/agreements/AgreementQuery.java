package health.covenant.agreements;

/**
 * Filters of the agreement list; null means "any".
 *
 * @param withinDays only agreements whose notice deadline (auto-renewing) or expiration falls between
 * today and today + this many days
 * @param missingClauses only BAAs missing a required clause
 * @param sort {@code deadline} (default: next date that needs action, soonest first, undated last)
 * or {@code updated} (last changed first)
 */
public record AgreementQuery(AgreementKind kind, AgreementStatus status, Integer withinDays, boolean missingClauses,
		Long ownerId, Long vendorId, String sort) {

	public static final String SORT_DEADLINE = "deadline";

	public static final String SORT_UPDATED = "updated";

	public AgreementQuery {
		sort = SORT_UPDATED.equals(sort) ? SORT_UPDATED : SORT_DEADLINE;
		withinDays = withinDays == null ? null : Math.max(0, Math.min(withinDays, 3660));
	}

	public static AgreementQuery all() {
		return new AgreementQuery(null, null, null, false, null, null, null);
	}

}
