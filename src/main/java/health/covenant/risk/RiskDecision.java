package health.covenant.risk;

/** A security officer's decision on a vendor's tier. */
public enum RiskDecision {

	/** The computed tier stands. */
	ACCEPT,
	/** Another tier, up or down, with a justification. */
	OVERRIDE

}
