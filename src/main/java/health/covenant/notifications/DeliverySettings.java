package health.covenant.notifications;

import java.time.ZoneId;

/** The organisation's time zone (for "today" and the send hour) and the hour reminders go out. */
public record DeliverySettings(ZoneId timeZone, int sendHour, long version) {
}
