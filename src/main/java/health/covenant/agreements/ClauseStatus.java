package health.covenant.agreements;

/** A clause's finding in one agreement. No finding yet means "not reviewed" (counted as missing). */
public enum ClauseStatus {

	PRESENT, MISSING, NOT_APPLICABLE;

	/** Present or not applicable: a required clause in this state is no gap. */
	public boolean satisfied() {
		return this != MISSING;
	}

}
