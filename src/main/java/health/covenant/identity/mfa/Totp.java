package health.covenant.identity.mfa;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238: HMAC-SHA1, 30-second
 * steps, 6 digits). Secrets are exchanged in Base32, the form apps expect.
 */
public final class Totp {

	static final Duration STEP = Duration.ofSeconds(30);

	/** Codes of the step before and after the current one are accepted too (clock drift, typing time). */
	static final int WINDOW = 1;

	private static final int SECRET_BYTES = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** A new random secret (160 bits), Base32 encoded. */
	static String newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return Base32.encode(secret);
	}

	/** The number of the time step an instant falls in. */
	static long stepAt(Instant instant) {
		return instant.getEpochSecond() / STEP.toSeconds();
	}

	/** The six-digit code for a Base32 secret at an instant. */
	public static String code(String secret, Instant at) {
		TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP);
		try {
			int code = generator.generateOneTimePassword(
					new SecretKeySpec(Base32.decode(secret), generator.getAlgorithm()), at);
			return String.format(Locale.ROOT, "%06d", code);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("TOTP secret unusable", ex);
		}
	}

	/**
	 * The time step (within {@link #WINDOW} of now) whose code this is, or empty when the code
	 * matches none. Spaces in the code are ignored.
	 */
	static OptionalLong matchingStep(String secret, String code, Instant now) {
		String digits = code == null ? "" : code.replace(" ", "");
		if (!digits.matches("[0-9]{6}")) {
			return OptionalLong.empty();
		}
		long current = stepAt(now);
		for (long step = current - WINDOW; step <= current + WINDOW; step++) {
			if (constantTimeEquals(code(secret, Instant.ofEpochSecond(step * STEP.toSeconds())), digits)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	private static boolean constantTimeEquals(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
	}

	/** RFC 4648 Base32 without padding, as used in {@code otpauth://} links. */
	static final class Base32 {

		private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

		private Base32() {
		}

		static String encode(byte[] bytes) {
			StringBuilder text = new StringBuilder();
			int buffer = 0;
			int bits = 0;
			for (byte b : bytes) {
				buffer = (buffer << 8) | (b & 0xff);
				bits += 8;
				while (bits >= 5) {
					text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
					bits -= 5;
				}
			}
			if (bits > 0) {
				text.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
			}
			return text.toString();
		}

		static byte[] decode(String text) {
			String clean = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
			byte[] bytes = new byte[clean.length() * 5 / 8];
			int buffer = 0;
			int bits = 0;
			int index = 0;
			for (char c : clean.toCharArray()) {
				int value = ALPHABET.indexOf(c);
				if (value < 0) {
					throw new IllegalArgumentException("not Base32");
				}
				buffer = (buffer << 5) | value;
				bits += 5;
				if (bits >= 8) {
					bytes[index++] = (byte) ((buffer >> (bits - 8)) & 0xff);
					bits -= 8;
				}
			}
			return bytes;
		}

	}

}
