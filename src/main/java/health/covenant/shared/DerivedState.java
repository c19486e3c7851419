package health.covenant.shared;

import java.util.Set;

/**
 * A state stored per subject (usually a vendor) and computed from other data: compliance gaps,
 * certification states, schedules, risk scores. Its maintainer marks a subject through
 * {@link DerivedStateMarks} when an input changes, and the subject is recomputed once just before the
 * transaction commits.
 *
 * <p>
 * The {@link #stage()} orders the recomputations of one transaction: a state whose inputs include
 * another derived state has a higher stage, so it reads that state after it was recomputed. The stages
 * in use are the constants below.
 */
public interface DerivedState {

	/** Certification states and the vendor's best current assurance. */
	int CERTIFICATIONS = 10;

	/** Schedules (next audit due, next assessment due): read certifications, not each other. */
	int SCHEDULES = 20;

	/** Compliance gaps: read the vendor's assurance. */
	int GAPS = 30;

	/** Risk scores: read everything above. */
	int RISK = 100;

	int stage();

	/** Recomputes the subjects' stored rows (replacing them). */
	void recompute(Set<Long> subjectIds);

}
