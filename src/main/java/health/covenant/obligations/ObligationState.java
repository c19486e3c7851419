package health.covenant.obligations;

import org.springframework.modulith.NamedInterface;

/** Where an obligation stands on a given day. */
@NamedInterface("api")
public enum ObligationState {

	/** Due later than {@link Obligation#DUE_SOON_DAYS} days from today. */
	UPCOMING,
	/** Due today or within {@link Obligation#DUE_SOON_DAYS} days. */
	DUE,
	/** The due date has passed and it is not done. */
	OVERDUE,
	/** Fulfilled (e.g. agreement renewed, terminated or superseded): no more reminders. */
	DONE,
	/** Someone confirmed they are on it: no more reminders before the due date. */
	ACKNOWLEDGED,
	/** Reminders paused until a date (never past the due date). */
	SNOOZED,
	/**
	 * A deadline that {@linkplain ObligationKind#lapses() lapses} passed unmet: nothing can be done
	 * about it any more (e.g. the agreement renewed for another term).
	 */
	MISSED

}
