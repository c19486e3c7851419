package health.covenant.assessments.findings;

import health.covenant.shared.ListOrder;

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

	/**
	 * The list's orders, each both ways ({@code sort=vendor}, {@code sort=-vendor}), each ORDER BY matched by an
	 * index of V62 or V77 (read backwards for the other way round), the id last as tie-breaker.
	 */
	public enum Sort implements ListOrder {

		/** Soonest due first. */
		DUE("due", false, "due_on, id"),
		/** Latest due first. */
		DUE_DESC("-due", true, "due_on DESC, id DESC"),
		/** Most severe first, then soonest due. */
		SEVERITY("severity", true, "severity_rank, due_on, id"),
		/** Least severe first, then latest due. */
		SEVERITY_DESC("-severity", false, "severity_rank DESC, due_on DESC, id DESC"),
		/** By the vendor's name (A to Z), then soonest due. */
		VENDOR("vendor", false, "lower(vendor_name), due_on, id"),
		/** By the vendor's name (Z to A), then latest due. */
		VENDOR_DESC("-vendor", true, "lower(vendor_name) DESC, due_on DESC, id DESC");

		private final String param;

		private final boolean descending;

		private final String orderBy;

		Sort(String param, boolean descending, String orderBy) {
			this.param = param;
			this.descending = descending;
			this.orderBy = orderBy;
		}

		@Override
		public String param() {
			return this.param;
		}

		@Override
		public boolean descending() {
			return this.descending;
		}

		String orderBy() {
			return this.orderBy;
		}

	}

	public FindingQuery {
		sort = sort == null ? Sort.DUE : sort;
	}

	/** Every finding, soonest due first. */
	public static FindingQuery all() {
		return new FindingQuery(null, null, false, null, null, Sort.DUE);
	}

}
