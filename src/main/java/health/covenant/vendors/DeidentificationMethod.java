package health.covenant.vendors;

/** AI-06: HIPAA de-identification method (45 CFR 164.514). */
public enum DeidentificationMethod {

	NONE, SAFE_HARBOR, EXPERT_DETERMINATION

}
