package health.covenant.vendors;

/** AI-16: AI governance framework the vendor aligns with. */
public enum FrameworkAlignment {

	NONE, NIST_AI_RMF, ISO_42001, BOTH

}
