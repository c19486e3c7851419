package health.covenant.vendors;

import org.springframework.modulith.NamedInterface;

/** AI-05: whether the vendor trains or fine-tunes models on our PHI. */
@NamedInterface("api")
public enum PhiTraining {

	NO, DE_IDENTIFIED_ONLY, WITH_AUTHORIZATION, YES

}
