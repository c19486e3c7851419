package health.covenant.notifications;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.TestUsers;
import health.covenant.WebTestSupport;
import health.covenant.audit.AuditQuery;
import health.covenant.audit.AuditService;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationQuery;
import health.covenant.obligations.ObligationService;
import health.covenant.obligations.TestObligationSource;
import health.covenant.shared.SystemActor;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import static health.covenant.WebTestSupport.as;
import static health.covenant.WebTestSupport.htmx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class NotificationsWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	TestObligationSource source;

	@Autowired
	ObligationService obligations;

	@Autowired
	ReminderSettings settings;

	@Autowired
	ActionLinks links;

	@Autowired
	TestClock clock;

	@Autowired
	AuditService audit;

	private Obligation newObligation(UserSummary owner, String title, int daysFromToday) {
		return newObligation(owner, title, daysFromToday, ObligationKind.AGREEMENT_NOTICE_DEADLINE);
	}

	private Obligation newObligation(UserSummary owner, String title, int daysFromToday, ObligationKind kind) {
		long subject = Obligations.newSubjectId();
		this.source.put(subject, List.of(Obligations.draft(subject, kind, title,
				this.clock.today().plusDays(daysFromToday), owner.id(), false)));
		this.obligations.refreshSubject(TestObligationSource.SUBJECT_TYPE, subject);
		return this.obligations.search(new ObligationQuery(null, owner.id(), null, null, null, true, false), 50)
			.stream()
			.filter((o) -> o.title().equals(title))
			.findFirst()
			.orElseThrow();
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleSeesObligations(Role role) throws Exception {
		this.mvc.perform(get("/obligations").with(as(role))).andExpect(status().isOk());
		this.mvc.perform(get("/obligations/calendar").with(as(role))).andExpect(status().isOk());
		this.mvc.perform(get("/obligations/panel").with(as(role))).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/obligations", "/notifications", "/admin/settings", "/account/notifications" })
	void anonymousIsSentToSignIn(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().is3xxRedirection());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "PROCUREMENT", "SECURITY_OFFICER", "LEGAL", "AUDITOR" })
	void onlyAdminsManageNotifications(Role role) throws Exception {
		this.mvc.perform(get("/notifications").with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(get("/notifications/mailbox").with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/settings").with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/settings/rules/AGREEMENT_TERM_END").with(as(role)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/notifications/run").with(as(role)).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/notifications/1/retry").with(as(role)).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/settings/rules/AGREEMENT_TERM_END").param("offsets", "1")
			.param("notifyOwner", "true")
			.param("overdueRepeatDays", "7")
			.param("escalateAfterDays", "0")
			.with(as(role))
			.with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void adminSeesOutboxMailboxAndSettings() throws Exception {
		this.mvc.perform(get("/notifications").with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Run reminders now")));
		this.mvc.perform(get("/notifications").param("status", "FAILED").with(as(Role.ADMIN)).with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"notification-results\"")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(get("/notifications/mailbox").with(as(Role.ADMIN))).andExpect(status().isOk());
		this.mvc.perform(get("/admin/settings").with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("120, 90, 60, 30, 14, 7, 1, 0")));
	}

	@Test
	void invalidRuleInputShowsFieldMessagesAndSavesNothing() throws Exception {
		ReminderRule before = this.settings.rule(ObligationKind.AGREEMENT_TERM_END);
		this.mvc.perform(post("/admin/settings/rules/AGREEMENT_TERM_END").param("offsets", "90, soon, 7")
			.param("overdueRepeatDays", "-3")
			.param("escalateAfterDays", "7")
			.param("version", String.valueOf(before.version()))
			.with(as(Role.ADMIN))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Enter whole numbers of days between 0 and 730")))
			.andExpect(content().string(containsString("Choose the owner or at least one role.")))
			.andExpect(content().string(containsString("Choose at least one role to escalate to")))
			.andExpect(content().string(containsString("value=\"90, soon, 7\"")));
		assertThat(this.settings.rule(ObligationKind.AGREEMENT_TERM_END)).isEqualTo(before);
	}

	@Test
	void adminChangesARuleAndAStaleFormConflicts() throws Exception {
		ReminderRule before = this.settings.rule(ObligationKind.AGREEMENT_TERM_END);
		try {
			this.mvc.perform(post("/admin/settings/rules/AGREEMENT_TERM_END").param("offsets", "45, 10, 0")
				.param("notifyOwner", "true")
				.param("recipientRoles", "LEGAL")
				.param("overdueRepeatDays", "3")
				.param("escalateAfterDays", "5")
				.param("escalationRoles", "ADMIN")
				.param("version", String.valueOf(before.version()))
				.with(as(Role.ADMIN))
				.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/settings"));
			ReminderRule after = this.settings.rule(ObligationKind.AGREEMENT_TERM_END);
			assertThat(after.offsets()).containsExactly(45, 10, 0);
			assertThat(after.recipientRoles()).containsExactly(Role.LEGAL);
			assertThat(after.overdueRepeatDays()).isEqualTo(3);
			this.mvc.perform(post("/admin/settings/rules/AGREEMENT_TERM_END").param("offsets", "1")
				.param("notifyOwner", "true")
				.param("overdueRepeatDays", "3")
				.param("escalateAfterDays", "0")
				.param("version", String.valueOf(before.version()))
				.with(as(Role.ADMIN))
				.with(csrf())).andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Someone else saved")));
			assertThat(this.settings.rule(ObligationKind.AGREEMENT_TERM_END).offsets()).containsExactly(45, 10, 0);
		}
		finally {
			SystemActor.runAs(() -> this.settings.updateRule(new ReminderRule(before.kind(), before.offsets(),
					before.notifyOwner(), before.recipientRoles(), before.overdueRepeatDays(),
					before.escalateAfterDays(), before.escalationRoles(),
					this.settings.rule(ObligationKind.AGREEMENT_TERM_END).version())));
		}
	}

	@Test
	void invalidTimeZoneIsRejected() throws Exception {
		DeliverySettings before = this.settings.delivery();
		this.mvc.perform(post("/admin/settings/delivery").param("timeZone", "Mars/Olympus")
			.param("sendHour", "25")
			.param("version", String.valueOf(before.version()))
			.with(as(Role.ADMIN))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Not a known time zone")))
			.andExpect(content().string(containsString("Mars/Olympus")));
		assertThat(this.settings.delivery()).isEqualTo(before);
	}

	@Test
	void userSeesOwnObligationsAndActsOnThem() throws Exception {
		UserSummary legal = TestUsers.create(this.users, "web", Role.LEGAL);
		String title = "Mine " + legal.displayName();
		Obligation obligation = newObligation(legal, title, 20);
		// A term end can be overdue; a last day to give notice that passed is missed, not overdue.
		newObligation(legal, "Late " + legal.displayName(), -3, ObligationKind.AGREEMENT_TERM_END);
		newObligation(legal, "Missed " + legal.displayName(), -3, ObligationKind.AGREEMENT_NOTICE_DEADLINE);
		this.mvc.perform(get("/obligations").with(WebTestSupport.as(legal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("1 of your obligations overdue")));
		this.mvc.perform(get("/obligations/panel").with(WebTestSupport.as(legal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		this.mvc.perform(get("/obligations/calendar").param("month", obligation.dueDate().toString().substring(0, 7))
			.with(WebTestSupport.as(legal))).andExpect(status().isOk()).andExpect(content().string(containsString(title)));
		this.mvc.perform(post("/obligations/{id}/acknowledge", obligation.id()).with(WebTestSupport.as(legal)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.obligations.get(obligation.id()).acknowledgedBy()).isEqualTo(legal.email());
		this.mvc.perform(post("/obligations/{id}/snooze", obligation.id()).param("days", "7")
			.with(as(Role.AUDITOR))
			.with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void signedLinkWorksOnlyUnalteredAndOnlyWithPost() throws Exception {
		UserSummary legal = TestUsers.create(this.users, "web", Role.LEGAL);
		Obligation obligation = newObligation(legal, "Linked " + legal.displayName(), 40);
		String token = this.links.token(legal.id(), obligation.id(), obligation.dueDate(), this.clock.today());
		this.mvc.perform(get("/public/obligations/action").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(obligation.title())));
		assertThat(this.obligations.get(obligation.id()).snoozedUntil()).as("GET changes nothing").isNull();
		String otherObligation = token.replaceFirst("^(\\d+)\\.(\\d+)\\.", "$1." + (obligation.id() + 1) + ".");
		this.mvc.perform(get("/public/obligations/action").param("token", otherObligation))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/public/obligations/action").param("token", otherObligation)
			.param("action", "acknowledge")
			.with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post("/public/obligations/action").param("token", token).param("action", "snooze30").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Snoozed")));
		assertThat(this.obligations.get(obligation.id()).snoozedUntil()).isEqualTo(this.clock.today().plusDays(30));
		assertThat(this.audit.search(new AuditQuery("Obligation", String.valueOf(obligation.id()), "OBLIGATION_SNOOZED",
				null, null, null), PageRequest.of(0, 5)).getContent())
			.singleElement()
			.satisfies((event) -> assertThat(event.actor()).isEqualTo(legal.email()));
		String expired = this.links.token(legal.id(), obligation.id(), obligation.dueDate(),
				this.clock.today().minusDays(60));
		this.mvc.perform(get("/public/obligations/action").param("token", expired)).andExpect(status().isNotFound());
	}

	@Test
	void calendarFeedIsValidICalendarWithStableUids() throws Exception {
		UserSummary legal = TestUsers.create(this.users, "web", Role.LEGAL);
		Obligation obligation = newObligation(legal, "Feed " + legal.displayName(), 33);
		this.mvc.perform(post("/account/notifications/feed").with(WebTestSupport.as(legal)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String page = this.mvc.perform(get("/account/notifications").with(WebTestSupport.as(legal)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String url = page.replaceAll("(?s).*value=\"https?://[^/]+(/calendar/[^\"]+\\.ics)\".*", "$1");
		assertThat(url).startsWith("/calendar/");
		String first = this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Calendar calendar = new CalendarBuilder().build(new StringReader(first));
		calendar.validate();
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		VEvent event = events.get(0);
		assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(obligation.key() + "@covenant");
		assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue())
			.isEqualTo(obligation.dueDate().toString().replace("-", ""));
		assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).contains(obligation.title());
		String second = this.mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
		assertThat(new CalendarBuilder().build(new StringReader(second)).getComponents("VEVENT").get(0)
			.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(obligation.key() + "@covenant");
		this.mvc.perform(post("/account/notifications/feed/revoke").with(WebTestSupport.as(legal)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(url)).andExpect(status().isNotFound());
		this.mvc.perform(get("/calendar/not-a-token.ics")).andExpect(status().isNotFound());
	}

	@Test
	void userChoosesTheDailyDigest() throws Exception {
		UserSummary legal = TestUsers.create(this.users, "web", Role.LEGAL);
		this.mvc.perform(post("/account/notifications/preference").param("preference", "DAILY_DIGEST")
			.with(WebTestSupport.as(legal))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(this.users.findById(legal.id()).orElseThrow().notificationPreference().name())
			.isEqualTo("DAILY_DIGEST");
		assertThat(LocalDate.now(this.clock)).isEqualTo(this.clock.today());
	}

}
