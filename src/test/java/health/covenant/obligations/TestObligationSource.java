package health.covenant.obligations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * A test-only obligation source ("TestAgreement") registered in the shared test context, so the
 * reminder engine can be driven with obligations whose dates the tests choose and change.
 */
@Component
public class TestObligationSource implements ObligationSource {

	public static final String SUBJECT_TYPE = "TestAgreement";

	private final Map<Long, List<ObligationDraft>> drafts = new ConcurrentHashMap<>();

	private volatile Runnable whileReadingAll = () -> {
	};

	@Override
	public String subjectType() {
		return SUBJECT_TYPE;
	}

	@Override
	public List<ObligationDraft> all() {
		this.whileReadingAll.run();
		return this.drafts.values().stream().flatMap(List::stream).toList();
	}

	private final Map<Long, Runnable> afterReading = new ConcurrentHashMap<>();

	@Override
	public List<ObligationDraft> forSubject(long subjectId) {
		List<ObligationDraft> read = this.drafts.getOrDefault(subjectId, List.of());
		Runnable then = this.afterReading.remove(subjectId);
		if (then != null) {
			then.run();
		}
		return read;
	}

	/** Runs {@code work} once, the next time the subject is read, after reading it (e.g. to hold a refresh). */
	public void afterReading(long subjectId, Runnable work) {
		this.afterReading.put(subjectId, work);
	}

	/** Runs {@code work} each time every obligation is read (e.g. to move the clock during a run); null: nothing. */
	public void whileReadingAll(Runnable work) {
		this.whileReadingAll = work == null ? () -> {
		} : work;
	}

	/** Replaces a subject's obligations (an empty list: the subject's obligations vanish, i.e. done). */
	public void put(long subjectId, List<ObligationDraft> subjectDrafts) {
		this.drafts.put(subjectId, new ArrayList<>(subjectDrafts));
	}

}
