package health.covenant.notifications;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import health.covenant.obligations.ObligationDraft;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.TestObligationSource;

/** Object mother for test obligations of the {@link TestObligationSource}. */
final class Obligations {

	private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 100);

	private Obligations() {
	}

	static long newSubjectId() {
		return IDS.incrementAndGet();
	}

	static ObligationDraft draft(long subjectId, ObligationKind kind, String title, LocalDate due, Long owner,
			boolean done) {
		return draft(subjectId, kind, title, due, owner, done, null);
	}

	static ObligationDraft draft(long subjectId, ObligationKind kind, String title, LocalDate due, Long owner,
			boolean done, String ifMissed) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Vendor", "Vendor of " + title);
		facts.put("Notice period", "90 days");
		String suffix = kind == ObligationKind.AGREEMENT_NOTICE_DEADLINE ? "notice" : "term-end";
		return new ObligationDraft("test-agreement:" + subjectId + ":" + suffix, kind, due, 7,
				TestObligationSource.SUBJECT_TYPE, subjectId, title, "/agreements/" + subjectId, owner, done, facts,
				ifMissed);
	}

}
