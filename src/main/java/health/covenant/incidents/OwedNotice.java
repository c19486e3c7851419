package health.covenant.incidents;

import java.time.LocalDate;

/**
 * One deadline we owe and whether the notice was given.
 * @param notifiedOn the day notice was recorded as given, null while owed
 */
public record OwedNotice(BreachClocks.Deadline deadline, LocalDate notifiedOn) {

	public boolean given() {
		return this.notifiedOn != null;
	}

	/** Given after the deadline. */
	public boolean givenLate() {
		return this.notifiedOn != null && this.notifiedOn.isAfter(this.deadline.dueOn());
	}

	/** Still owed after the deadline. */
	public boolean overdue(LocalDate today) {
		return this.notifiedOn == null && this.deadline.dueOn().isBefore(today);
	}

}
