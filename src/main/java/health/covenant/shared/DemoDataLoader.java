package health.covenant.shared;

/**
 * Loads one module's demo data. Each loader runs once per database, in {@link #order()}, and only in
 * demo mode.
 */
public interface DemoDataLoader {

	/** Unique name recorded once the loader has run. */
	String name();

	/** Lower runs first: identity 10, vendors 20, agreements 30, obligations 40. */
	int order();

	void load();

}
