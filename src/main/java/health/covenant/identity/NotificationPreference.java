package health.covenant.identity;

/** How a user wants reminders: one e-mail each, or one daily digest. */
public enum NotificationPreference {

	IMMEDIATE, DAILY_DIGEST

}
