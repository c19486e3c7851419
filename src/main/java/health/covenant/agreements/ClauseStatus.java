package health.covenant.agreements;

/**
 * A clause's finding in one agreement. No finding yet means "not reviewed" (counted as missing).
 * Whether a finding fulfils a clause is the clause's rule ({@link ClauseDefinition#satisfiedBy}).
 */
public enum ClauseStatus {

	PRESENT, MISSING, NOT_APPLICABLE

}
