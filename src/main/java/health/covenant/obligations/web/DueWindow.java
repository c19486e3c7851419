package health.covenant.obligations.web;

import java.util.List;

/**
 * The due-date window of the obligations list as a URL has it: open obligations due in the next
 * {@code 30}, {@code 90} (the default) or {@code 365} days with the overdue ones, {@code overdue}
 * only, or {@code all} including done ones. Read by Spring's conversion ({@link #valueOf(String)});
 * anything else is a bad request.
 *
 * @param param the value as written in links
 */
record DueWindow(String param) {

	static final List<String> PARAMS = List.of("30", "90", "365", "overdue", "all");

	static final DueWindow DEFAULT = new DueWindow("90");

	static final DueWindow ALL = new DueWindow("all");

	DueWindow {
		if (!PARAMS.contains(param)) {
			throw new IllegalArgumentException("not a due-date window");
		}
	}

	public static DueWindow valueOf(String value) {
		return value.isBlank() ? DEFAULT : new DueWindow(value.strip());
	}

	/** The number of days ahead, for the windows that have one. */
	Integer days() {
		return switch (this.param) {
			case "overdue", "all" -> null;
			default -> Integer.valueOf(this.param);
		};
	}

}
