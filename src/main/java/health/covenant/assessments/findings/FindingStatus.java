package health.covenant.assessments.findings;

/**
 * Where a finding stands. A RISK_ACCEPTED finding whose acceptance expired counts as OPEN again
 * ({@link FindingRules#effectiveStatus}).
 */
public enum FindingStatus {

	OPEN, REMEDIATED, RISK_ACCEPTED

}
