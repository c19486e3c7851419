package health.covenant.obligations;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * A module that derives obligations from its data implements this as a bean. Adding a source is
 * local to that module: implement it and publish {@link ObligationSubjectChanged} after changes.
 */
@NamedInterface("api")
public interface ObligationSource {

	/** The subject type this source answers for, e.g. {@code Agreement}. */
	String subjectType();

	/** Every obligation of this source (start-up and the daily reconciliation). */
	List<ObligationDraft> all();

	/**
	 * The obligations of one subject now. Obligations of the subject that are no longer returned
	 * are considered done.
	 */
	List<ObligationDraft> forSubject(long subjectId);

	/**
	 * The obligations of these subjects now (the daily run re-reads only some subjects); a subject
	 * that returns none has none. Default: one subject after the other; a source with many subjects
	 * due on one day reads them in one go.
	 */
	default List<ObligationDraft> forSubjects(Collection<Long> subjectIds) {
		return subjectIds.stream().flatMap((id) -> forSubject(id).stream()).toList();
	}

	/**
	 * The subjects whose obligations may be different on {@code day} although their data has not
	 * changed (a change publishes {@link ObligationSubjectChanged}), not counting the subjects with an
	 * open obligation that came due since the last daily run: that run re-reads those anyway (once: an
	 * obligation that stays overdue is not re-read every day after). Empty when this
	 * source cannot tell: then the daily run re-reads all of its subjects.
	 */
	default Optional<Set<Long>> movedByCalendar(LocalDate day) {
		return Optional.empty();
	}

}
