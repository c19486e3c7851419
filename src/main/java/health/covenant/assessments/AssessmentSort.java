package health.covenant.assessments;

import health.covenant.shared.ListOrder;

/**
 * Orders of the assessments list, each both ways ({@code sort=score}, {@code sort=-score}), each ORDER BY
 * matched by an index of V61 or V77 (read backwards for the other way round), the id last as tie-breaker.
 * Assessments without a score or completion date come last either way.
 */
public enum AssessmentSort implements ListOrder {

	/** Soonest due first. */
	DUE("due", "due_on, id"),
	DUE_DESC("-due", "due_on DESC, id DESC"),
	/** By the vendor's name, then soonest due. */
	VENDOR("vendor", "lower(vendor_name), due_on, id"),
	VENDOR_DESC("-vendor", "lower(vendor_name) DESC, due_on DESC, id DESC"),
	/** In lifecycle order (draft, in progress, completed, superseded), then soonest due. */
	STATUS("status", "status_rank, due_on, id"),
	STATUS_DESC("-status", "status_rank DESC, due_on DESC, id DESC"),
	/** Lowest score first. */
	SCORE("score", "score ASC NULLS LAST, id"),
	SCORE_DESC("-score", "score DESC NULLS LAST, id DESC"),
	/** Earliest completed first. */
	COMPLETED("completed", "completed_on ASC NULLS LAST, id"),
	COMPLETED_DESC("-completed", "completed_on DESC NULLS LAST, id DESC");

	private final String param;

	private final String orderBy;

	AssessmentSort(String param, String orderBy) {
		this.param = param;
		this.orderBy = orderBy;
	}

	@Override
	public String param() {
		return this.param;
	}

	@Override
	public boolean descending() {
		return this.param.startsWith("-");
	}

	String orderBy() {
		return this.orderBy;
	}

}
