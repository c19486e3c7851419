package health.covenant.assessments;

/** Filters of the assessments list: each null means any; {@code overdue} keeps open ones past due. */
public record AssessmentQuery(Long vendorId, AssessmentKind kind, AssessmentStatus status, boolean overdue) {
}
