package health.covenant.risk;

import java.time.DayOfWeek;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the weekly risk digest goes out ({@code covenant.risk.digest.*}): on {@code day} at {@code hour}
 * in the organisation's time zone (the zone of the reminder e-mails, set on the settings page), or at the
 * next run of its job after that within the same ISO week when the application was down at that time.
 *
 * @param enabled whether the digest is sent at all
 * @param day the day of the week it is sent on
 * @param hour the hour (0–23) from which it is sent on that day
 * @param dueWithinDays how far ahead its reassessment section looks
 * @param lines most lines in its review-queue and reassessment sections (the rest is counted and linked)
 */
@ConfigurationProperties("covenant.risk.digest")
public record RiskDigestProperties(@DefaultValue("true") boolean enabled, @DefaultValue("MONDAY") DayOfWeek day,
		@DefaultValue("7") int hour, @DefaultValue("30") int dueWithinDays, @DefaultValue("25") int lines) {

	public RiskDigestProperties {
		if (hour < 0 || hour > 23) {
			throw new IllegalArgumentException("covenant.risk.digest.hour must be from 0 to 23: " + hour);
		}
		if (dueWithinDays < 1 || lines < 1) {
			throw new IllegalArgumentException("covenant.risk.digest.due-within-days and lines must be at least 1");
		}
	}

}
