package health.covenant.assessments;

/**
 * DRAFT (started or copied from the last one, nothing saved yet) → IN_PROGRESS (a section saved) →
 * COMPLETED (scored, read-only) → SUPERSEDED (the next one of the same vendor and family completed).
 */
public enum AssessmentStatus {

	DRAFT, IN_PROGRESS, COMPLETED, SUPERSEDED;

	/** Still being answered. */
	public boolean open() {
		return this == DRAFT || this == IN_PROGRESS;
	}

}
