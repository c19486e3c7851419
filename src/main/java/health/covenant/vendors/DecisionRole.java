package health.covenant.vendors;

import org.springframework.modulith.NamedInterface;

/** AI-12: the AI output's role in the clinical or operational decision. */
@NamedInterface("api")
public enum DecisionRole {

	INFORMS, AUGMENTS, REPLACES

}
