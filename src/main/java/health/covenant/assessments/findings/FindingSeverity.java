package health.covenant.assessments.findings;

/** How bad a finding is; the default remediation due date follows from it. */
public enum FindingSeverity {

	LOW, MEDIUM, HIGH, CRITICAL

}
