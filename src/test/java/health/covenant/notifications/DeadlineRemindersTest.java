package health.covenant.notifications;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import health.covenant.IntegrationTest;
import health.covenant.OtherTestsObligations;
import health.covenant.TestClock;
import health.covenant.TestUsers;
import health.covenant.WebTestSupport;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deadlines that reminders must never let pass in silence: a snooze stops at the due date, a signed
 * link snoozes once, a missed last day to give notice is said once to the owner and the escalation
 * roles (and shown on the obligations page until and after the next run), and the daily run keeps
 * the day it started for.
 */
@IntegrationTest
class DeadlineRemindersTest {

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
	ReminderSettings settings;

	@Autowired
	ActionLinks links;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private String tag;

	private OtherTestsObligations otherObligations;

	@BeforeEach
	void start() {
		this.tag = Long.toString(System.nanoTime(), 36);
		this.otherObligations = new OtherTestsObligations(this.jdbc);
		this.otherObligations.park();
		this.capture.start();
		this.capture.clear();
	}

	@AfterEach
	void restore() {
		this.clock.reset();
		this.otherObligations.restore();
		this.source.whileReadingAll(null);
	}

	private Obligation obligation(long subject, ObligationKind kind, String title, LocalDate due, Long owner,
			String ifMissed) {
		this.source.put(subject, List.of(Obligations.draft(subject, kind, title, due, owner, false, ifMissed)));
		this.obligations.refreshSubject(TestObligationSource.SUBJECT_TYPE, subject);
		return this.obligations.find(idOf(subject, kind)).orElseThrow();
	}

	private long idOf(long subject, ObligationKind kind) {
		String suffix = kind == ObligationKind.AGREEMENT_NOTICE_DEADLINE ? "notice" : "term-end";
		return this.jdbc.sql("SELECT id FROM obligation WHERE obligation_key = ?")
			.param("test-agreement:" + subject + ":" + suffix)
			.query(Long.class)
			.single();
	}

	/** Runs the engine and the sender, and returns (then forgets) the captured e-mails to {@code user} about {@code title}. */
	private List<MailCapture.CapturedMessage> runAndReceive(UserSummary user, String title) {
		this.engine.run();
		this.sender.sendDue();
		List<MailCapture.CapturedMessage> received = this.capture.messages()
			.stream()
			.filter((m) -> m.to().contains(user.email()) && m.text().contains(title))
			.toList();
		this.capture.clear();
		return received;
	}

	@Test
	void aSnoozeStopsAtTheDueDateSoTheDay0ReminderGoes() {
		UserSummary owner = TestUsers.create(this.users, "snoozer", this.tag, Role.LEGAL);
		LocalDate day0 = this.clock.today();
		long subject = Obligations.newSubjectId();
		String title = "Snoozed " + this.tag;
		Obligation obligation = obligation(subject, ObligationKind.AGREEMENT_TERM_END, title, day0.plusDays(3),
				owner.id(), null);
		Obligation snoozed = runAs(owner, () -> this.obligations.snooze(obligation.id(), 30));
		assertThat(snoozed.snoozedUntil()).as("never past the due date").isEqualTo(day0.plusDays(3));
		assertThat(snoozed.state(day0)).isEqualTo(ObligationState.SNOOZED);
		this.clock.setDate(day0.plusDays(1));
		assertThat(runAndReceive(owner, title)).isEmpty();
		this.clock.setDate(day0.plusDays(3));
		assertThat(runAndReceive(owner, title)).singleElement()
			.satisfies((m) -> assertThat(m.subject()).contains("end of term is " + this.dates.date(day0.plusDays(3))));
		// On the due date (and after) there is nothing to snooze: the overdue reminders and the escalation go.
		assertThatExceptionOfType(ObligationService.SnoozeRefusedException.class)
			.isThrownBy(() -> runAs(owner, () -> this.obligations.snooze(obligation.id(), 7)));
		this.clock.setDate(day0.plusDays(4));
		assertThatExceptionOfType(ObligationService.SnoozeRefusedException.class)
			.isThrownBy(() -> runAs(owner, () -> this.obligations.snooze(obligation.id(), 7)));
		assertThat(runAndReceive(owner, title)).singleElement()
			.satisfies((m) -> assertThat(m.subject()).startsWith("Overdue:"));
	}

	@Test
	void aSnoozeOnOrAfterTheDueDateIsRefusedOnThePage() throws Exception {
		UserSummary owner = TestUsers.create(this.users, "late", this.tag, Role.LEGAL);
		long subject = Obligations.newSubjectId();
		Obligation obligation = obligation(subject, ObligationKind.AGREEMENT_TERM_END, "Due today " + this.tag,
				this.clock.today(), owner.id(), null);
		this.mvc.perform(post("/obligations/{id}/snooze", obligation.id()).param("days", "7")
			.with(WebTestSupport.as(owner))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(this.obligations.get(obligation.id()).snoozedUntil()).isNull();
	}

	@Test
	void aSignedLinkSnoozesOnceButCanStillAcknowledge() throws Exception {
		UserSummary owner = TestUsers.create(this.users, "linked", this.tag, Role.LEGAL);
		long subject = Obligations.newSubjectId();
		Obligation obligation = obligation(subject, ObligationKind.AGREEMENT_TERM_END, "Linked " + this.tag,
				this.clock.today().plusDays(60), owner.id(), null);
		String token = this.links.token(owner.id(), obligation.id(), obligation.dueDate(), this.clock.today());
		this.mvc.perform(post("/public/obligations/action").param("token", token).param("action", "snooze7").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Snoozed")));
		LocalDate until = this.obligations.get(obligation.id()).snoozedUntil();
		assertThat(until).isEqualTo(this.clock.today().plusDays(7));
		this.clock.setDate(this.clock.today().plusDays(6));
		for (String action : List.of("snooze7", "snooze30")) {
			this.mvc.perform(post("/public/obligations/action").param("token", token).param("action", action).with(csrf()))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("already been used to snooze")));
		}
		assertThat(this.obligations.get(obligation.id()).snoozedUntil()).as("replay changed nothing").isEqualTo(until);
		this.mvc.perform(get("/public/obligations/action").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already been used to snooze")))
			.andExpect(content().string(not(containsString("value=\"snooze7\""))));
		this.mvc.perform(post("/public/obligations/action").param("token", token).param("action", "acknowledge")
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("Acknowledged")));
		// A later e-mail brings a new link, which may snooze once (up to the due date).
		String later = this.links.token(owner.id(), obligation.id(), obligation.dueDate(), this.clock.today());
		this.mvc.perform(post("/public/obligations/action").param("token", later).param("action", "snooze30").with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.obligations.get(obligation.id()).snoozedUntil()).isEqualTo(this.clock.today().plusDays(30));
	}

	@Test
	void aMissedNoticeDeadlineIsSaidOnceToTheOwnerAndTheEscalationRoles() throws Exception {
		UserSummary owner = TestUsers.create(this.users, "notice-owner", this.tag, Role.LEGAL);
		UserSummary officer = TestUsers.create(this.users, "notice-officer", this.tag, Role.SECURITY_OFFICER);
		LocalDate day0 = this.clock.today();
		LocalDate deadline = day0.plusDays(1);
		long subject = Obligations.newSubjectId();
		String title = "BAA with Missed " + this.tag;
		Obligation obligation = obligation(subject, ObligationKind.AGREEMENT_NOTICE_DEADLINE, title, deadline,
				owner.id(), "the BAA renewed until 31 Mar 2028");
		runAndReceive(owner, title);
		this.clock.setDate(deadline);
		assertThat(runAndReceive(owner, title)).as("the last day itself").hasSize(1);

		// The day after, before the next run: the page says it plainly, not "overdue".
		LocalDate after = deadline.plusDays(1);
		this.clock.set(after.atTime(LocalTime.of(6, 0)).atZone(TestClock.ZONE).toInstant());
		String said = "The last day to give notice passed on " + this.dates.date(deadline)
				+ "; the BAA renewed until 31 Mar 2028.";
		assertThat(this.obligations.get(obligation.id()).state(after)).isEqualTo(ObligationState.MISSED);
		this.mvc.perform(get("/obligations").param("window", "all").with(WebTestSupport.as(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(said)))
			.andExpect(content().string(not(containsString("of your obligations overdue"))));

		// The agreement renewed: its source moves on to next year's last day.
		this.source.put(subject, List.of(Obligations.draft(subject, ObligationKind.AGREEMENT_NOTICE_DEADLINE, title,
				deadline.plusYears(1), owner.id(), false, "the BAA renewed until 31 Mar 2029")));
		this.clock.setDate(after);
		this.engine.run();
		this.sender.sendDue();
		List<MailCapture.CapturedMessage> mail = this.capture.messages()
			.stream()
			.filter((m) -> m.text().contains(title))
			.toList();
		this.capture.clear();
		assertThat(mail.stream().filter((m) -> m.to().contains(owner.email()))).singleElement().satisfies((m) -> {
			assertThat(m.subject()).isEqualTo("Missed: " + title + ": the last day to give notice passed on "
					+ this.dates.date(deadline));
			assertThat(m.text()).as("nothing left to acknowledge or snooze")
				.contains(said)
				.doesNotContain("/public/obligations/action");
		});
		assertThat(mail.stream().filter((m) -> m.to().contains(officer.email()))).singleElement()
			.satisfies((m) -> assertThat(m.text()).as("nothing for the officer to act on")
				.contains(said)
				.doesNotContain("/public/obligations/action"));
		Obligation rolled = this.obligations.get(obligation.id());
		assertThat(rolled.dueDate()).isEqualTo(deadline.plusYears(1));
		assertThat(rolled.lastMissed(after)).isEqualTo(deadline);
		this.mvc.perform(get("/obligations").param("window", "all").with(WebTestSupport.as(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(said)));

		for (int d = 1; d <= 10; d++) {
			this.clock.setDate(after.plusDays(d));
			assertThat(runAndReceive(owner, title)).as("said once, day %d", d).isEmpty();
			assertThat(runAndReceive(officer, title)).as("said once, day %d", d).isEmpty();
		}
	}

	@Test
	void theDailyRunRecordsTheDayItStartedForEvenWhenItEndsAfterMidnight() {
		LocalDate previous = this.settings.lastRunOn();
		UserSummary owner = TestUsers.create(this.users, "midnight", this.tag, Role.LEGAL);
		LocalDate day = this.clock.today();
		long subject = Obligations.newSubjectId();
		String title = "Midnight " + this.tag;
		this.source.put(subject, List.of(Obligations.draft(subject, ObligationKind.AGREEMENT_TERM_END, title,
				day.plusDays(7), owner.id(), false)));
		try {
			this.clock.set(day.atTime(LocalTime.of(23, 59, 30)).atZone(TestClock.ZONE).toInstant());
			this.source.whileReadingAll(() -> this.clock.advance(Duration.ofMinutes(2)));
			Optional<ReminderEngine.RunResult> result = this.engine.runIfDue();
			assertThat(this.clock.today()).as("the run ended after midnight").isEqualTo(day.plusDays(1));
			assertThat(result).hasValueSatisfying((r) -> assertThat(r.day()).isEqualTo(day));
			assertThat(this.settings.lastRunOn()).isEqualTo(day);
			assertThat(this.jdbc.sql("SELECT reminded_on FROM reminder WHERE obligation_id = ?")
				.param(idOf(subject, ObligationKind.AGREEMENT_TERM_END))
				.query(LocalDate.class)
				.list()).containsExactly(day);
		}
		finally {
			this.source.put(subject, List.of());
			this.jdbc.sql("UPDATE notification_settings SET last_run_on = :day").param("day", previous, java.sql.Types.DATE).update();
		}
	}

	private static <T> T runAs(UserSummary user, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.email(), null,
				user.roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
