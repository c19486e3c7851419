package health.covenant.identity;

import org.springframework.modulith.NamedInterface;

/** How a user wants reminders: one e-mail each, or one daily digest. */
@NamedInterface("api")
public enum NotificationPreference {

	IMMEDIATE, DAILY_DIGEST

}
