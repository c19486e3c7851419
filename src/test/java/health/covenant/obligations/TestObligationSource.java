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

	@Override
	public List<ObligationDraft> forSubject(long subjectId) {
		return this.drafts.getOrDefault(subjectId, List.of());
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
