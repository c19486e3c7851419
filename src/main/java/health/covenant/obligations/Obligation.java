package health.covenant.obligations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * A materialised obligation: the source's draft plus what people did about it (acknowledged,
 * snoozed) and when the reminder engine looks at it next.
 */
public record Obligation(long id, String key, ObligationKind kind, LocalDate dueDate, long vendorId,
		String subjectType, long subjectId, String title, String link, Long ownerUserId, boolean done,
		Map<String, String> facts, Instant acknowledgedAt, String acknowledgedBy, LocalDate snoozedUntil,
		LocalDate nextReminderOn) {

	/** An obligation due within this many days counts as {@link ObligationState#DUE}. */
	public static final int DUE_SOON_DAYS = 7;

	public long daysUntilDue(LocalDate today) {
		return ChronoUnit.DAYS.between(today, this.dueDate);
	}

	public boolean isAcknowledged() {
		return this.acknowledgedAt != null;
	}

	public boolean isSnoozed(LocalDate today) {
		return this.snoozedUntil != null && this.snoozedUntil.isAfter(today);
	}

	public ObligationState state(LocalDate today) {
		if (this.done) {
			return ObligationState.DONE;
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
