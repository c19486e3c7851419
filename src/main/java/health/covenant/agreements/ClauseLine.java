package health.covenant.agreements;

import java.time.Instant;

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

	/** A required clause not (yet) found present or not applicable. */
	public boolean gap() {
		return this.clause.required() && (this.status == null || !this.status.satisfied());
	}

}
