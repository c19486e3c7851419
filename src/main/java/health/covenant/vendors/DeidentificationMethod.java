package health.covenant.vendors;

import org.springframework.modulith.NamedInterface;

/** AI-06: HIPAA de-identification method (45 CFR 164.514). */
@NamedInterface("api")
public enum DeidentificationMethod {

	NONE, SAFE_HARBOR, EXPERT_DETERMINATION

}
