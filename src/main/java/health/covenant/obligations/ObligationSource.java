package health.covenant.obligations;

import java.util.List;

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

}
