package health.covenant.shared.web;

/**
 * A count shown next to a navigation entry (e.g. open compliance gaps). Modules contribute beans;
 * the layout shows a badge when the count is above zero.
 */
public interface NavigationBadge {

	/** The navigation entry, e.g. {@code agreements}. */
	String navigationKey();

	long count();

	/** Message key describing the count for screen readers, given the count as argument. */
	String labelKey();

}
