package health.covenant.assessments;

/**
 * Filters and order of the assessments list: each filter null means any; {@code overdue} keeps open ones past
 * due; {@code assessorId} one assessor's; a null order is by due date.
 */
public record AssessmentQuery(Long vendorId, AssessmentKind kind, AssessmentStatus status, boolean overdue,
		Long assessorId, AssessmentSort sort) {

	public AssessmentQuery {
		sort = sort == null ? AssessmentSort.DUE : sort;
	}

	/** These filters, any assessor, by due date. */
	public AssessmentQuery(Long vendorId, AssessmentKind kind, AssessmentStatus status, boolean overdue) {
		this(vendorId, kind, status, overdue, null, AssessmentSort.DUE);
	}

}
