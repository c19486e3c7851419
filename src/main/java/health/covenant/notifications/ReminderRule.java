package health.covenant.notifications;

import java.util.List;
import java.util.Set;

import health.covenant.identity.Role;
import health.covenant.obligations.ObligationKind;

/**
 * When and to whom reminders of one obligation kind go.
 *
 * @param kind the obligation kind
 * @param offsets days before the due date, largest first (0 = on the day)
 * @param notifyOwner whether the obligation's owner receives them
 * @param recipientRoles every enabled user with one of these roles receives them too
 * @param overdueRepeatDays once overdue, repeat every this many days (0: once)
 * @param escalateAfterDays after this many days overdue, escalate (0: never)
 * @param escalationRoles who receives the escalation
 * @param version optimistic lock
 */
public record ReminderRule(ObligationKind kind, List<Integer> offsets, boolean notifyOwner, Set<Role> recipientRoles,
		int overdueRepeatDays, int escalateAfterDays, Set<Role> escalationRoles, long version) {

	/** The rule of a kind that has no row yet (a new source): owner only, 30/7/0 days, weekly. */
	public static ReminderRule fallback(ObligationKind kind) {
		return new ReminderRule(kind, List.of(30, 7, 0), true, Set.of(), 7, 7, Set.of(Role.ADMIN), -1);
	}

}
