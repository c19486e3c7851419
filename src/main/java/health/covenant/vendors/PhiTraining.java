package health.covenant.vendors;

/** AI-05: whether the vendor trains or fine-tunes models on our PHI. */
public enum PhiTraining {

	NO, DE_IDENTIFIED_ONLY, WITH_AUTHORIZATION, YES

}
