package health.covenant.notifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import health.covenant.IntegrationTest;
import health.covenant.ParksOtherTestsObligations;
import health.covenant.TestClock;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.obligations.ObligationDraft;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationService;
import health.covenant.obligations.TestObligationSource;
import health.covenant.shared.SystemActor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine composes in batches (a batch of reminders per transaction, not one transaction per run):
 * more reminders than one batch still give exactly one e-mail each to a recipient on immediate
 * e-mails and one digest holding them all to a recipient on the daily digest, each reminder linked to
 * its e-mail, and a second run adds nothing.
 */
@IntegrationTest
@ExtendWith(ParksOtherTestsObligations.class)
class ReminderBatchesTest {

	/** More than two of the engine's batches. */
	private static final int MANY = 450;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	ReminderEngine engine;

	@Autowired
	TestObligationSource source;

	@Autowired
	ObligationService obligations;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void manyRemindersGiveOneEmailEachOrOneDigestExactlyOnce() {
		String tag = Long.toString(System.nanoTime(), 36);
		UserSummary immediate = user("batch-immediate-" + tag);
		UserSummary digest = user("batch-digest-" + tag);
		this.jdbc.sql("UPDATE app_user SET notification_preference = 'DAILY_DIGEST' WHERE id = ?")
			.param(digest.id())
			.update();
		LocalDate due = this.clock.today().plusDays(7);
		long subject = Obligations.newSubjectId();
		List<ObligationDraft> drafts = new ArrayList<>();
		IntStream.range(0, MANY).forEach((i) -> drafts.add(draft(subject, "immediate-" + i, "Batch " + tag + " #" + i,
				due, immediate.id())));
		IntStream.range(0, MANY).forEach((i) -> drafts.add(draft(subject, "digest-" + i, "Digest " + tag + " #" + i,
				due, digest.id())));
		this.source.put(subject, drafts);
		this.obligations.refreshSubject(TestObligationSource.SUBJECT_TYPE, subject);

		this.engine.run();

		// (the role's other reminders, for obligations other tests left due, may reach the same users)
		List<Map<String, Object>> mails = ownMailsTo(immediate, tag);
		assertThat(mails).hasSize(MANY);
		assertThat(mails).extracting((m) -> (String) m.get("subject"))
			.doesNotHaveDuplicates()
			.allSatisfy((s) -> assertThat(s).contains("Batch " + tag + " #"));
		List<Map<String, Object>> digests = mailsTo(digest);
		assertThat(digests).singleElement().satisfies((m) -> {
			String text = (String) m.get("text_body");
			IntStream.range(0, MANY).forEach((i) -> assertThat(text).contains("Digest " + tag + " #" + i + "\n"));
		});
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM reminder r JOIN notification n ON n.id = r.notification_id
				JOIN obligation o ON o.id = r.obligation_id
				WHERE r.recipient_user_id IN (:users) AND n.recipient_user_id = r.recipient_user_id
				AND o.subject_type = :type AND o.subject_id = :subject""")
			.param("users", List.of(immediate.id(), digest.id()))
			.param("type", TestObligationSource.SUBJECT_TYPE)
			.param("subject", subject)
			.query(Long.class)
			.single()).as("every reminder linked to its e-mail").isEqualTo(2L * MANY);

		this.obligations.rescheduleAllOpen();
		this.engine.run();
		assertThat(ownMailsTo(immediate, tag)).hasSize(MANY);
		assertThat(mailsTo(digest)).hasSize(1);
	}

	private List<Map<String, Object>> mailsTo(UserSummary user) {
		return QueuedMails.to(this.context, user.id());
	}

	private List<Map<String, Object>> ownMailsTo(UserSummary user, String tag) {
		return mailsTo(user).stream().filter((m) -> ((String) m.get("subject")).contains("Batch " + tag + " #")).toList();
	}

	private static ObligationDraft draft(long subject, String key, String title, LocalDate due, long owner) {
		return new ObligationDraft("test-agreement:" + subject + ":" + key, ObligationKind.AGREEMENT_TERM_END, due, 7,
				TestObligationSource.SUBJECT_TYPE, subject, title, "/agreements/" + subject, owner, false,
				Map.of("Vendor", "Vendor of " + title), null);
	}

	private UserSummary user(String label) {
		UserSummary[] created = new UserSummary[1];
		SystemActor.runAs(() -> created[0] = this.users.createUser(label + "@covenant.test", label,
				"not-used-password-1", Set.of(Role.LEGAL), TestClock.ZONE));
		return created[0];
	}

}
