/**
 * Notifications: reminder rules, the reminder engine, the e-mail outbox and its delivery, digests,
 * the signed acknowledge/snooze links and the iCalendar feed.
 */
@ApplicationModule(displayName = "Notifications")
package health.covenant.notifications;

import org.springframework.modulith.ApplicationModule;
