/**
 * Notifications: reminder rules, the reminder engine, the e-mail outbox and its delivery, digests,
 * the signed acknowledge/snooze links and the iCalendar feed. Other modules queue e-mails they write
 * (the weekly risk digest) through {@link health.covenant.notifications.MailOutbox} and show their
 * schedules on the settings pages through {@link health.covenant.notifications.MailSchedule}.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = { "shared", "audit::api", "identity::api", "obligations::api", "vendors::api" })
package health.covenant.notifications;

import org.springframework.modulith.ApplicationModule;
