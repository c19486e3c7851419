package health.covenant.notifications;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Pure reminder arithmetic: given a rule, a due date and today, which reminders are due now and
 * when to look again. Catching up after downtime sends only the latest reached step (never a burst of
 * stale ones); the dedup keys make each step go out once.
 */
final class ReminderPlan {

	enum Occasion {

		/** {@code step} days before the due date. */
		BEFORE,
		/** The {@code step}-th overdue repetition (0 = first day overdue). */
		OVERDUE,
		/** {@code step} days overdue: escalation to the rule's roles. */
		ESCALATION,
		/** A deadline that lapses passed unmet: said once, to the owner and the escalation roles. */
		MISSED

	}

	record Step(Occasion occasion, int step) {
	}

	record Result(List<Step> steps, LocalDate next) {
	}

	/**
	 * How long after a missed deadline it is still news: a run within these days (catching up after
	 * downtime) says it; later (e.g. to someone who got the escalation role since) it would be noise.
	 */
	static final int MISSED_NEWS_DAYS = 30;

	private ReminderPlan() {
	}

	private static boolean recent(LocalDate missedOn, LocalDate today) {
		return !today.isAfter(missedOn.plusDays(MISSED_NEWS_DAYS));
	}

	static Result evaluate(ReminderRule rule, LocalDate due, LocalDate today, boolean done, boolean acknowledged,
			LocalDate snoozedUntil) {
		return evaluate(rule, due, today, done, acknowledged, snoozedUntil, false, null);
	}

	/**
	 * The reminders due today. A snooze only pauses the reminders before the due date and never
	 * reaches past it (a stored one that does counts up to the due date): the day-0 reminder, the
	 * overdue repetitions and the escalation always go. A deadline that {@code lapses} is never
	 * overdue: once passed ({@code due} before today, or {@code missedOn} recorded when its source
	 * moved on to the next one) it yields one {@link Occasion#MISSED} step, made unique per missed
	 * day by the caller's dedup key.
	 */
	static Result evaluate(ReminderRule rule, LocalDate due, LocalDate today, boolean done, boolean acknowledged,
			LocalDate snoozedUntil, boolean lapses, LocalDate missedOn) {
		if (done) {
			return new Result(List.of(), null);
		}
		long daysLeft = ChronoUnit.DAYS.between(today, due);
		List<Step> steps = new ArrayList<>();
		if (lapses && daysLeft < 0) {
			return new Result(recent(due, today) ? List.of(new Step(Occasion.MISSED, 0)) : List.of(), null);
		}
		if (lapses && missedOn != null && recent(missedOn, today)) {
			steps.add(new Step(Occasion.MISSED, 0));
		}
		if (snoozedUntil != null && snoozedUntil.isAfter(today) && daysLeft > 0) {
			return new Result(steps, snoozedUntil.isBefore(due) ? snoozedUntil : due);
		}
		if (daysLeft >= 0) {
			LocalDate next = due.plusDays(1);
			if (!acknowledged) {
				rule.offsets()
					.stream()
					.filter((o) -> o >= daysLeft)
					.min(Integer::compare)
					.ifPresent((o) -> steps.add(new Step(Occasion.BEFORE, o)));
				var nextOffset = rule.offsets().stream().filter((o) -> o < daysLeft).max(Integer::compare);
				if (nextOffset.isPresent()) {
					next = due.minusDays(nextOffset.get());
				}
			}
			return new Result(steps, next);
		}
		long overdue = -daysLeft;
		int repeat = rule.overdueRepeatDays();
		int repetition = repeat > 0 ? (int) ((overdue - 1) / repeat) : 0;
		steps.add(new Step(Occasion.OVERDUE, repetition));
		LocalDate next = repeat > 0 ? due.plusDays(1 + (long) (repetition + 1) * repeat) : null;
		int escalateAfter = rule.escalateAfterDays();
		if (escalateAfter > 0 && !rule.escalationRoles().isEmpty()) {
			if (overdue >= escalateAfter) {
				steps.add(new Step(Occasion.ESCALATION, escalateAfter));
			}
			else {
				LocalDate escalation = due.plusDays(escalateAfter);
				next = next == null || escalation.isBefore(next) ? escalation : next;
			}
		}
		return new Result(steps, next);
	}

}
