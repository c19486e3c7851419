package health.covenant.vendors;

/** AI-12: the AI output's role in the clinical or operational decision. */
public enum DecisionRole {

	INFORMS, AUGMENTS, REPLACES

}
