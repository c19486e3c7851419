package health.covenant.vendors;

/** AI-13: how often the vendor changes the model in production. */
public enum UpdateCadence {

	CONTINUOUS, MONTHLY, QUARTERLY, ANNUAL, AD_HOC, LOCKED

}
