package health.covenant.identity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one place where a sign-in name (an e-mail address) is put into its stored form: Unicode NFKC
 * normalisation (full-width letters, compatibility spaces), leading and trailing white space and
 * invisible format characters removed, lower case without locale rules. Sign-in look-up, the
 * failed-attempt counter, the audit trail and user creation all use it, so that one person has one
 * name everywhere.
 */
public final class UserNames {

	/** The length of {@code app_user.email}; a longer name cannot belong to anyone. */
	public static final int MAX_LENGTH = 254;

	private UserNames() {
	}

	public static String normalise(String name) {
		if (name == null) {
			return "";
		}
		String normalised = Normalizer.normalize(name, Normalizer.Form.NFKC);
		int start = 0;
		int end = normalised.length();
		while (start < end && isPadding(normalised.codePointAt(start))) {
			start += Character.charCount(normalised.codePointAt(start));
		}
		while (end > start && isPadding(normalised.codePointBefore(end))) {
			end -= Character.charCount(normalised.codePointBefore(end));
		}
		return normalised.substring(start, end).toLowerCase(Locale.ROOT);
	}

	/** Whether the normalised name fits the column (a longer one is an ordinary failed sign-in). */
	public static boolean fits(String normalisedName) {
		return normalisedName.length() <= MAX_LENGTH;
	}

	/** The name as it can be written to a column of {@link #MAX_LENGTH} (audit actor, messages). */
	static String forRecord(String normalisedName) {
		if (fits(normalisedName)) {
			return normalisedName;
		}
		int cut = MAX_LENGTH - 1;
		if (Character.isHighSurrogate(normalisedName.charAt(cut - 1))) {
			cut--;
		}
		return normalisedName.substring(0, cut) + "\u2026";
	}

	private static boolean isPadding(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
				|| Character.getType(codePoint) == Character.FORMAT || Character.isISOControl(codePoint);
	}

}
