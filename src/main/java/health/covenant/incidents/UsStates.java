package health.covenant.incidents;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The two-letter USPS codes of the states, the District of Columbia and the territories. */
public final class UsStates {

	/** In alphabetical order of the code. */
	public static final List<String> CODES = List.of("AK", "AL", "AR", "AS", "AZ", "CA", "CO", "CT", "DC", "DE", "FL",
			"GA", "GU", "HI", "IA", "ID", "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MP", "MS",
			"MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN",
			"TX", "UT", "VA", "VI", "VT", "WA", "WI", "WV", "WY");

	private static final Set<String> VALID = Set.copyOf(CODES);

	private UsStates() {
	}

	/** Whether this is a known code (upper or lower case). */
	public static boolean isValid(String code) {
		return code != null && VALID.contains(code.strip().toUpperCase(Locale.ROOT));
	}

	/** The code as stored: trimmed, upper case. */
	public static String normalise(String code) {
		return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
	}

}
