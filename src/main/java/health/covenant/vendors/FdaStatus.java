package health.covenant.vendors;

/** AI-02: FDA regulatory status of the AI system. */
public enum FdaStatus {

	NONE, CLEARED, APPROVED, EXEMPT

}
