package health.covenant.assessments.findings;

/**
 * Filters and order of the findings list; null means "any".
 * @param severity one severity
 * @param status the status as it holds today (an expired acceptance counts as OPEN)
 * @param overdue only open findings due before today
 * @param vendorId one vendor
 * @param ownerId one internal owner
 * @param sort the order
 */
public record FindingQuery(FindingSeverity severity, FindingStatus status, boolean overdue, Long vendorId,
		Long ownerId, Sort sort) {

	/** The list's orders. */
	public enum Sort {

		/** Soonest due first. */
		DUE,
		/** Most severe first, then soonest due. */
		SEVERITY

	}

	public FindingQuery {
		sort = sort == null ? Sort.DUE : sort;
	}

	/** Every finding, soonest due first. */
	public static FindingQuery all() {
		return new FindingQuery(null, null, false, null, null, Sort.DUE);
	}

}
