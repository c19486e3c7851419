package health.covenant.notifications;

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
 * @param linkSecret secret that signs acknowledge/snooze links (empty: a random one kept in the
 * database, shared by all instances)
 * @param linkValidity how long an e-mail link works
 * @param jobsEnabled whether the scheduled jobs run (tests run them explicitly)
 */
@ConfigurationProperties("covenant.notifications")
public record NotificationProperties(String from, Integer maxAttempts, Duration initialBackoff, Duration maxBackoff,
		String linkSecret, Duration linkValidity, Boolean jobsEnabled) {

	public NotificationProperties {
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
