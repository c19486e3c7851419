package health.covenant.shared.web;

/**
 * A count shown next to a navigation entry (e.g. open compliance gaps). Modules contribute beans;
 * the layout shows a badge when the count is above zero. Every page shows the badges, so a count
 * stops at {@link #CAP} (shown as "99+"): its cost is bounded whatever the volume of data.
 */
public interface NavigationBadge {

	/** Counts stop here; the layout shows this value as "99+". */
	int CAP = 100;

	/** The navigation entry, e.g. {@code agreements}. */
	String navigationKey();

	/** The count, or {@code cap} when there are at least that many (count with a {@code LIMIT cap}). */
	long count(int cap);

	/** Message key describing the count for screen readers, given the count as argument. */
	String labelKey();

}
