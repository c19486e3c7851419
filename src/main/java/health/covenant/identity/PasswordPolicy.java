package health.covenant.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable beyond its length: not one of the most common passwords (also
 * not one padded with digits or symbols, such as {@code Password123!}), and not containing the
 * name part of the user's e-mail address. Every way a password is set checks it: an administrator
 * adding a user or resetting a password, the user changing their own, the first administrator.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 200;

	private static final String COMMON_PASSWORDS = "identity/common-passwords.txt";

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/** The message key of what is wrong with the password for this e-mail, if anything. */
	Optional<String> problem(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH
				|| password.length() > MAX_LENGTH) {
			return Optional.of("password.length");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower) || this.common.contains(withoutPadding(lower))) {
			return Optional.of("password.common");
		}
		String name = UserNames.normalise(email);
		int at = name.indexOf('@');
		String local = at < 0 ? name : name.substring(0, at);
		String joined = local.replaceAll("[._+\\-]", "");
		if ((local.length() >= 3 && lower.contains(local)) || (joined.length() >= 3 && lower.contains(joined))) {
			return Optional.of("password.containsName");
		}
		return Optional.empty();
	}

	/** The password without leading and trailing digits, symbols and spaces. */
	private static String withoutPadding(String password) {
		int start = 0;
		int end = password.length();
		while (start < end && !Character.isLetter(password.charAt(start))) {
			start++;
		}
		while (end > start && !Character.isLetter(password.charAt(end - 1))) {
			end--;
		}
		return password.substring(start, end);
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(passwords::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + COMMON_PASSWORDS, ex);
		}
		return Set.copyOf(passwords);
	}

}
