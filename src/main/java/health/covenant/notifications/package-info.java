/**
 * Notifications: reminder rules, the reminder engine, the e-mail outbox and its delivery, digests,
 * the signed acknowledge/snooze links and the iCalendar feed.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = { "shared", "audit::api", "identity::api", "obligations::api", "vendors::api" })
package health.covenant.notifications;

import org.springframework.modulith.ApplicationModule;
