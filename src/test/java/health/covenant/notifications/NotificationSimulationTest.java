package health.covenant.notifications;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import health.covenant.IntegrationTest;
import health.covenant.OtherTestsAccounts;
import health.covenant.OtherTestsObligations;
import health.covenant.TestClock;
import health.covenant.TestUsers;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationService;
import health.covenant.obligations.ObligationState;
import health.covenant.obligations.TestObligationSource;
import health.covenant.shared.web.Dates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reminder engine against a real SMTP server (the embedded GreenMail capture), with the clock
 * stepped day by day across 150 days: the exact set of e-mails, their days and recipients, no
 * duplicates, escalations on time, a changed due date, an acknowledgement from the e-mail link, two
 * days of SMTP outage, and parallel runs.
 */
@IntegrationTest
class NotificationSimulationTest {

	private static final Pattern ACTION_LINK = Pattern.compile("https?://\\S+?(/public/obligations/action\\?token=[\\w.\\-]+)");

	@Autowired
	TestClock clock;

	@Autowired
	Dates dates;

	@Autowired
	ReminderEngine engine;

	@Autowired
	NotificationSender sender;

	@Autowired
	MailCapture capture;

	@Autowired
	TestObligationSource source;

	@Autowired
	ObligationService obligations;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private OtherTestsAccounts otherTests;

	private OtherTestsObligations otherObligations;

	/**
	 * Only this scenario's people receive mail and only its obligations are reminded of (the other tests'
	 * accounts are disabled and their obligations parked meanwhile).
	 */
	@BeforeEach
	void onlyThisScenariosPeopleAndObligations() {
		this.otherTests = new OtherTestsAccounts(this.jdbc);
		this.otherTests.disable();
		this.otherObligations = new OtherTestsObligations(this.jdbc);
		this.otherObligations.park();
	}

	@AfterEach
	void restore() {
		this.clock.reset();
		this.capture.start();
		this.otherObligations.restore();
		this.otherTests.restore();
	}

	@Test
	void a150DaySimulationSendsExactlyTheRemindersTheRulesCallFor() throws Exception {
		String tag = Long.toString(System.nanoTime(), 36);
		UserSummary a = TestUsers.create(this.users, "owner-a", tag, Role.LEGAL);
		UserSummary b = TestUsers.create(this.users, "owner-b", tag, Role.LEGAL);
		UserSummary s = TestUsers.create(this.users, "security", tag, Role.SECURITY_OFFICER);
		UserSummary m = TestUsers.create(this.users, "admin", tag, Role.ADMIN);
		this.jdbc.sql("UPDATE app_user SET notification_preference = 'DAILY_DIGEST' WHERE id = ?").param(b.id()).update();
		Map<String, String> labels = Map.of(a.email(), "A", b.email(), "B", s.email(), "S", m.email(), "M");

		LocalDate day0 = this.clock.today();
		long s1 = Obligations.newSubjectId();
		long s2 = Obligations.newSubjectId();
		long s3 = Obligations.newSubjectId();
		long s4 = Obligations.newSubjectId();
		String o1 = "O1 " + tag;
		String o2 = "O2 " + tag;
		String o3 = "O3 " + tag;
		String o4 = "O4 " + tag;
		this.source.put(s1, List.of(Obligations.draft(s1, ObligationKind.AGREEMENT_NOTICE_DEADLINE, o1,
				day0.plusDays(100), a.id(), false)));
		this.source.put(s2, List.of(Obligations.draft(s2, ObligationKind.AGREEMENT_TERM_END, o2, day0.plusDays(30),
				b.id(), false)));
		this.source.put(s3, List.of(Obligations.draft(s3, ObligationKind.AGREEMENT_NOTICE_DEADLINE, o3,
				day0.plusDays(140), null, false)));
		this.source.put(s4, List.of(Obligations.draft(s4, ObligationKind.AGREEMENT_NOTICE_DEADLINE, o4,
				day0.plusDays(50), b.id(), false)));
		Map<String, String> titles = Map.of(o1, "O1", o2, "O2", o3, "O3", o4, "O4");

		List<String> received = new ArrayList<>();
		Map<String, String> firstSubject = new LinkedHashMap<>();
		String o4Link = null;
		int totalMessages = 0;
		int reminders = 0;
		long started = System.nanoTime();
		this.capture.clear();
		for (int d = 0; d <= 150; d++) {
			this.clock.setDate(day0.plusDays(d));
			if (d == 20) {
				// The term of O2 is extended: its due date moves from day 30 to day 80.
				this.source.put(s2, List.of(Obligations.draft(s2, ObligationKind.AGREEMENT_TERM_END, o2,
						day0.plusDays(80), b.id(), false)));
			}
			if (d == 45) {
				// B acknowledges O4 from the link in the e-mail, without signing in.
				assertThat(o4Link).isNotNull();
				this.mvc.perform(get(o4Link)).andExpect(status().isOk()).andExpect(content().string(containsString(o4)));
				this.mvc.perform(post("/public/obligations/action").param("token", o4Link.substring(o4Link.indexOf("token=") + 6))
					.param("action", "acknowledge")
					.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("Acknowledged")));
			}
			if (d == 52) {
				this.source.put(s4, List.of(Obligations.draft(s4, ObligationKind.AGREEMENT_NOTICE_DEADLINE, o4,
						day0.plusDays(50), b.id(), true)));
			}
			if (d == 120) {
				this.source.put(s1, List.of());
			}
			boolean outage = d == 50 || d == 51;
			if (outage) {
				this.capture.stop();
			}
			else {
				this.capture.start();
			}
			ReminderEngine.RunResult first = this.engine.run();
			ReminderEngine.RunResult again = this.engine.run();
			assertThat(again.remindersCreated()).as("second run on day %d", d).isZero();
			assertThat(again.emailsQueued()).as("second run on day %d", d).isZero();
			reminders += first.remindersCreated();
			if (outage) {
				// Attempts through the day, all refused: exponential back-off, still pending.
				for (int hour = 0; hour < 15; hour += 2) {
					this.sender.sendDue();
					this.clock.advance(Duration.ofHours(2));
				}
			}
			else {
				this.sender.sendDue();
			}
			for (MailCapture.CapturedMessage message : this.capture.messages()) {
				totalMessages++;
				String to = message.to().get(0);
				String who = labels.get(to);
				if (who == null) {
					continue;
				}
				List<String> about = new ArrayList<>();
				for (Map.Entry<String, String> title : titles.entrySet()) {
					if (message.text().contains(title.getKey())) {
						about.add(title.getValue());
					}
				}
				if (about.isEmpty()) {
					continue;
				}
				about.sort(String::compareTo);
				String subject = message.subject();
				String occasion = subject.startsWith("Overdue:") ? "overdue"
						: subject.startsWith("Escalation:") ? "escalation"
								: subject.startsWith("Missed:") ? "missed"
										: subject.startsWith("Covenant:") ? "digest" : "before";
				received.add("d" + d + " " + who + " " + occasion + " " + String.join("+", about));
				firstSubject.putIfAbsent(who + " " + String.join("+", about), subject);
				if (who.equals("B") && about.equals(List.of("O4"))) {
					Matcher link = ACTION_LINK.matcher(message.text());
					if (link.find()) {
						o4Link = link.group(1);
					}
				}
			}
			this.capture.clear();
		}
		long millis = (System.nanoTime() - started) / 1_000_000;

		List<String> expected = new ArrayList<>();
		// O1: notice deadline on day 100, owner A (immediate). A last day to give notice cannot be met
		// late: on day 101 it is missed, said once to the owner and the escalation roles, never
		// repeated as overdue; done on day 120.
		for (int d : new int[] { 0, 10, 40, 70, 86, 93, 99, 100 }) {
			expected.add("d" + d + " A before O1");
		}
		expected.add("d101 A missed O1");
		expected.add("d101 S missed O1");
		expected.add("d101 M missed O1");
		// O2 (term end, due day 30, moved to day 80 on day 20) and O4 (notice deadline day 50,
		// acknowledged day 45, missed day 51, done day 52): owner B on a daily digest. Days 50-51: SMTP
		// down, their digests (and the missed notice of O4 to the escalation roles) arrive on day 52.
		expected.add("d0 B digest O2+O4");
		expected.add("d20 B digest O2+O4");
		expected.add("d36 B digest O4");
		expected.add("d43 B digest O4");
		expected.add("d52 B digest O2");
		expected.add("d52 B digest O4");
		expected.add("d52 S missed O4");
		expected.add("d52 M missed O4");
		for (int d : new int[] { 73, 80, 81, 88, 95, 102, 109, 116, 123, 130, 137, 144 }) {
			expected.add("d" + d + " B digest O2");
		}
		expected.add("d87 S escalation O2");
		expected.add("d87 M escalation O2");
		// O3: notice deadline day 140, no owner: the administrators hear about it.
		for (int d : new int[] { 20, 52, 80, 110, 126, 133, 139, 140 }) {
			expected.add("d" + d + " M before O3");
		}
		expected.add("d141 S missed O3");
		expected.add("d141 M missed O3");

		System.out.printf("150-day reminder simulation: %d e-mails received by SMTP (%d for this scenario), "
				+ "%d reminders recorded, in %d ms%n", totalMessages, received.size(), reminders, millis);
		assertThat(received).as("no e-mail twice").doesNotHaveDuplicates();
		assertThat(new TreeSet<>(received)).isEqualTo(new TreeSet<>(expected));
		assertThat(firstSubject.get("A O1"))
			.isEqualTo(o1 + ": last day to give notice is " + this.dates.date(day0.plusDays(100)) + " (in 100 days)");
		Obligation o4Now = this.obligations
			.search(new health.covenant.obligations.ObligationQuery(null, b.id(), null, null, null, true, false), 10)
			.stream()
			.filter((o) -> o.title().equals(o4))
			.findFirst()
			.orElseThrow();
		assertThat(o4Now.acknowledgedBy()).isEqualTo(b.email());
		assertThat(o4Now.state(day0.plusDays(150))).isEqualTo(ObligationState.DONE);
		assertThat(this.jdbc.sql("SELECT count(*) FROM notification WHERE recipient_user_id IN (?, ?, ?, ?) AND status <> 'SENT'")
			.params(a.id(), b.id(), s.id(), m.id())
			.query(Long.class)
			.single()).as("every message of the scenario sent").isZero();
	}

	@Test
	void parallelRunsAndSendersNeverDuplicate() throws Exception {
		String tag = Long.toString(System.nanoTime(), 36);
		UserSummary owner = TestUsers.create(this.users, "parallel", tag, Role.LEGAL);
		LocalDate today = this.clock.today();
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			long subject = Obligations.newSubjectId();
			String title = "P" + i + " " + tag;
			titles.add(title);
			this.source.put(subject, List.of(
					Obligations.draft(subject, ObligationKind.AGREEMENT_NOTICE_DEADLINE, title, today.plusDays(7 + i), owner.id(), false),
					Obligations.draft(subject, ObligationKind.AGREEMENT_TERM_END, title + " end", today.plusDays(60 + i), owner.id(), false)));
		}
		this.capture.start();
		this.capture.clear();
		runTwiceInParallel(() -> this.engine.run());
		runTwiceInParallel(() -> this.sender.sendDue());
		this.sender.sendDue();
		List<String> subjects = this.capture.messages()
			.stream()
			.filter((message) -> message.to().contains(owner.email()))
			.map(MailCapture.CapturedMessage::subject)
			.toList();
		System.out.printf("Parallel runs: %d e-mails for %d obligations%n", subjects.size(), titles.size() * 2);
		assertThat(subjects).hasSize(24).doesNotHaveDuplicates();
	}

	@Test
	void aMessageThatKeepsFailingEndsFailedWithItsErrorAndCanBeRetried() throws Exception {
		String tag = Long.toString(System.nanoTime(), 36);
		UserSummary owner = TestUsers.create(this.users, "failing", tag, Role.LEGAL);
		long subject = Obligations.newSubjectId();
		String title = "F " + tag;
		this.source.put(subject, List.of(Obligations.draft(subject, ObligationKind.AGREEMENT_NOTICE_DEADLINE, title,
				this.clock.today().plusDays(5), owner.id(), false)));
		this.engine.run();
		this.capture.stop();
		for (int i = 0; i < 25; i++) {
			this.sender.sendDue();
			this.clock.advance(Duration.ofHours(5));
		}
		Map<String, Object> row = this.jdbc
			.sql("SELECT id, status, attempts, last_error FROM notification WHERE recipient_user_id = ?")
			.param(owner.id())
			.query()
			.singleRow();
		assertThat(row.get("status")).isEqualTo("FAILED");
		assertThat(row.get("attempts")).isEqualTo(20);
		assertThat((String) row.get("last_error")).contains("Exception").doesNotContain(title);
		this.mvc.perform(get("/notifications").param("status", "FAILED").with(health.covenant.WebTestSupport.as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(owner.email())))
			.andExpect(content().string(containsString("Retry")));

		this.capture.start();
		this.capture.clear();
		this.mvc.perform(post("/notifications/{id}/retry", row.get("id")).with(health.covenant.WebTestSupport.as(Role.ADMIN))
			.with(csrf())).andExpect(status().is3xxRedirection());
		this.sender.sendDue();
		assertThat(this.capture.messages().stream().filter((m) -> m.to().contains(owner.email())).toList()).hasSize(1);
		assertThat(this.jdbc.sql("SELECT status FROM notification WHERE id = ?").param(row.get("id")).query(String.class).single())
			.isEqualTo("SENT");
	}

	private static <T> void runTwiceInParallel(Callable<T> work) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			Collection<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				futures.add(executor.submit(() -> {
					start.await();
					return work.call();
				}));
			}
			start.countDown();
			for (Future<T> future : futures) {
				future.get();
			}
		}
		finally {
			executor.shutdownNow();
		}
	}

}
