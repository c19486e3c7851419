package health.covenant.agreements;

import java.time.Instant;
import java.util.List;

/**
 * One clause of one agreement's checklist: the reference and, once reviewed, the finding.
 *
 * @param status null when not reviewed yet
 */
public record ClauseLine(ClauseDefinition clause, ClauseStatus status, String note, String sectionRef,
		String updatedBy, Instant updatedAt) {

	public boolean reviewed() {
		return this.status != null;
	}

	/**
	 * A required clause not (yet) found present, or marked not applicable where that is not allowed
	 * (or without the note saying why).
	 */
	public boolean gap() {
		return this.clause.required() && !this.clause.satisfiedBy(this.status, this.note);
	}

	/** Marked not applicable although this clause cannot be (recorded before the rule): shown as a gap. */
	public boolean notApplicableRefused() {
		return this.status == ClauseStatus.NOT_APPLICABLE && !this.clause.notApplicableAllowed();
	}

	/** The statuses the checklist offers for this clause ("not applicable" only where it is allowed). */
	public List<ClauseStatus> choices() {
		return this.clause.notApplicableAllowed() ? List.of(ClauseStatus.values())
				: List.of(ClauseStatus.PRESENT, ClauseStatus.MISSING);
	}

}
