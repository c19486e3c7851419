package health.covenant.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Delivery settings under {@code covenant.notifications.*} (the reminder rules, time zone and hour
 * are settings in the database, edited on /admin/settings).
 *
 * @param from sender address of every e-mail
 * @param maxAttempts attempts before a message ends FAILED
 * @param initialBackoff wait after the first failure; doubles after each further failure
 * @param maxBackoff longest wait between two attempts
 * @param linkSecret secret that signs acknowledge/snooze links, at least 32 bytes (empty: a random
 * one kept in the database, shared by all instances)
 * @param linkValidity how long an e-mail link works
 * @param jobsEnabled whether the scheduled jobs run (tests run them explicitly)
 */
@ConfigurationProperties("covenant.notifications")
public record NotificationProperties(String from, Integer maxAttempts, Duration initialBackoff, Duration maxBackoff,
		String linkSecret, Duration linkValidity, Boolean jobsEnabled) {

	/** The shortest link secret accepted: 256 bits, as the HMAC-SHA256 key it becomes. */
	public static final int MIN_LINK_SECRET_BYTES = 32;

	public NotificationProperties {
		if (linkSecret != null && !linkSecret.isBlank()
				&& linkSecret.getBytes(StandardCharsets.UTF_8).length < MIN_LINK_SECRET_BYTES) {
			throw new IllegalArgumentException("COVENANT_NOTIFICATIONS_LINK_SECRET (covenant.notifications.link-secret) "
					+ "is too short: it must be at least " + MIN_LINK_SECRET_BYTES + " bytes, e.g. the output of "
					+ "'openssl rand -base64 48'; leave it empty to use a random secret kept in the database");
		}
		from = from == null || from.isBlank() ? "Covenant <covenant@localhost>" : from;
		maxAttempts = maxAttempts == null ? 20 : maxAttempts;
		initialBackoff = initialBackoff == null ? Duration.ofMinutes(5) : initialBackoff;
		maxBackoff = maxBackoff == null ? Duration.ofHours(4) : maxBackoff;
		linkValidity = linkValidity == null ? Duration.ofDays(45) : linkValidity;
		jobsEnabled = jobsEnabled == null || jobsEnabled;
	}

	/** Wait before the next attempt after {@code failures} failed attempts (1, 2, …). */
	public Duration backoffAfter(int failures) {
		Duration wait = this.initialBackoff;
		for (int i = 1; i < failures && wait.compareTo(this.maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(this.maxBackoff) > 0 ? this.maxBackoff : wait;
	}

}
