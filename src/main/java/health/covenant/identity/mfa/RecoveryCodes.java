package health.covenant.identity.mfa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * One-time recovery codes: ten random codes like {@code k7m2p-x9q4t} (50 bits each, letters that
 * cannot be confused), shown once and stored only as SHA-256 hashes. Case, spaces and dashes do not
 * matter when a code is typed.
 */
final class RecoveryCodes {

	static final int COUNT = 10;

	private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

	private static final SecureRandom RANDOM = new SecureRandom();

	private RecoveryCodes() {
	}

	static List<String> generate() {
		return IntStream.range(0, COUNT).mapToObj((i) -> randomCode()).toList();
	}

	private static String randomCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The stored form of a code as generated or as typed by the user. */
	static String hash(String code) {
		String normalised = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether the text has the shape of a recovery code (as opposed to a six-digit TOTP code). */
	static boolean looksLikeRecoveryCode(String text) {
		return text != null && text.replaceAll("[\\s-]", "").length() == 10;
	}

}
