package health.covenant.obligations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/**
 * A test-only obligation source ("TestCalendar") that, like the real ones, names what the calendar moves
 * (nothing), so the daily reconciliation re-reads its subjects only when one of their obligations came
 * due; it records which subjects were read.
 */
@Component
public class TestCalendarSource implements ObligationSource {

	public static final String SUBJECT_TYPE = "TestCalendar";

	private final Map<Long, List<ObligationDraft>> drafts = new ConcurrentHashMap<>();

	private final List<Long> reads = new CopyOnWriteArrayList<>();

	@Override
	public String subjectType() {
		return SUBJECT_TYPE;
	}

	@Override
	public List<ObligationDraft> all() {
		return this.drafts.values().stream().flatMap(List::stream).toList();
	}

	@Override
	public List<ObligationDraft> forSubject(long subjectId) {
		this.reads.add(subjectId);
		return this.drafts.getOrDefault(subjectId, List.of());
	}

	@Override
	public List<ObligationDraft> forSubjects(Collection<Long> subjectIds) {
		return subjectIds.stream().flatMap((id) -> forSubject(id).stream()).toList();
	}

	@Override
	public Optional<Set<Long>> movedByCalendar(LocalDate day) {
		return Optional.of(Set.of());
	}

	/** Replaces a subject's obligations. */
	public void put(long subjectId, List<ObligationDraft> subjectDrafts) {
		this.drafts.put(subjectId, new ArrayList<>(subjectDrafts));
	}

	/** How many times the subject was read since the last call, and forgets. */
	public long readsOf(long subjectId) {
		long count = this.reads.stream().filter((id) -> id == subjectId).count();
		this.reads.removeIf((id) -> id == subjectId);
		return count;
	}

}
