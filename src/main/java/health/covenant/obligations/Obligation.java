package health.covenant.obligations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * A materialised obligation: the source's draft plus what people did about it (acknowledged,
 * snoozed), when the reminder engine looks at it next and, for a deadline that lapses, the last due
 * date that passed unmet ({@code missedDueDate}, with what that meant: {@code missedNote}) once the
 * source has moved on to the next one.
 */
@NamedInterface("api")
public record Obligation(long id, String key, ObligationKind kind, LocalDate dueDate, long vendorId,
		String subjectType, long subjectId, String title, String link, Long ownerUserId, boolean done,
		Map<String, String> facts, Instant acknowledgedAt, String acknowledgedBy, LocalDate snoozedUntil,
		LocalDate nextReminderOn, String ifMissed, LocalDate missedDueDate, String missedNote) {

	/** An obligation due within this many days counts as {@link ObligationState#DUE}. */
	public static final int DUE_SOON_DAYS = 7;

	public long daysUntilDue(LocalDate today) {
		return ChronoUnit.DAYS.between(today, this.dueDate);
	}

	public boolean isAcknowledged() {
		return this.acknowledgedAt != null;
	}

	/** Snoozed today: a snooze never reaches past the due date. */
	public boolean isSnoozed(LocalDate today) {
		return this.snoozedUntil != null && this.snoozedUntil.isAfter(today) && today.isBefore(this.dueDate);
	}

	/** Whether this deadline lapsed unmet and its source has not moved on yet (until the next refresh). */
	public boolean isMissed(LocalDate today) {
		return this.kind.lapses() && !this.done && this.dueDate.isBefore(today);
	}

	/** The last due date that passed unmet, if any: today's missed due date, or the one recorded. */
	public LocalDate lastMissed(LocalDate today) {
		return isMissed(today) ? this.dueDate : this.missedDueDate;
	}

	/** What missing {@link #lastMissed(LocalDate)} meant (null: nothing to add). */
	public String lastMissedNote(LocalDate today) {
		return isMissed(today) ? this.ifMissed : this.missedNote;
	}

	public ObligationState state(LocalDate today) {
		if (this.done) {
			return ObligationState.DONE;
		}
		if (isMissed(today)) {
			return ObligationState.MISSED;
		}
		long days = daysUntilDue(today);
		if (isSnoozed(today)) {
			return ObligationState.SNOOZED;
		}
		if (days < 0) {
			return ObligationState.OVERDUE;
		}
		if (isAcknowledged()) {
			return ObligationState.ACKNOWLEDGED;
		}
		return days <= DUE_SOON_DAYS ? ObligationState.DUE : ObligationState.UPCOMING;
	}

}
