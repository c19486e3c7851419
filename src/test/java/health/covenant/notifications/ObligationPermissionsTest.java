package health.covenant.notifications;

import java.util.List;
import java.util.Set;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.TestUsers;
import health.covenant.WebTestSupport;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationService;
import health.covenant.obligations.TestObligationSource;
import health.covenant.shared.SystemActor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may acknowledge or snooze someone else's obligation: its owner, users of the roles its
 * reminder rule sends to, and ADMIN; nobody else (with the default rules, a security officer or
 * procurement cannot silence legal's notice deadline). The list shows the buttons only to them.
 */
@IntegrationTest
class ObligationPermissionsTest {

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
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	private Obligation legalsNoticeDeadline(UserSummary owner) {
		long subject = Obligations.newSubjectId();
		this.source.put(subject, List.of(Obligations.draft(subject, ObligationKind.AGREEMENT_NOTICE_DEADLINE,
				"Legal's deadline " + subject, this.clock.today().plusDays(40), owner.id(), false)));
		this.obligations.refreshSubject(TestObligationSource.SUBJECT_TYPE, subject);
		long id = this.jdbc.sql("SELECT id FROM obligation WHERE obligation_key = ?")
			.param("test-agreement:" + subject + ":notice")
			.query(Long.class)
			.single();
		return this.obligations.get(id);
	}

	@ParameterizedTest(name = "{0} (recipient roles of the rule: \"{1}\"): allowed {2}")
	@CsvSource(delimiter = ';', value = {
			"OWNER; ; true",
			"LEGAL; ; false",
			"SECURITY_OFFICER; ; false",
			"PROCUREMENT; ; false",
			"ADMIN; ; true",
			"AUDITOR; ; false",
			"PROCUREMENT; PROCUREMENT; true",
			"LEGAL; PROCUREMENT,LEGAL; true",
			"SECURITY_OFFICER; LEGAL; false",
			"AUDITOR; AUDITOR; false" })
	void onlyTheOwnerTheRecipientRolesAndAdminMayAcknowledgeOrSnooze(String who, String recipientRoles,
			boolean allowed) throws Exception {
		ReminderRule before = this.settings.rule(ObligationKind.AGREEMENT_NOTICE_DEADLINE);
		Set<Role> roles = recipientRoles == null ? Set.of() : ReminderSettings.parseRoles(recipientRoles);
		try {
			SystemActor.runAs(() -> this.settings.updateRule(new ReminderRule(before.kind(), before.offsets(),
					before.notifyOwner(), roles, before.overdueRepeatDays(), before.escalateAfterDays(),
					before.escalationRoles(), before.version())));
			UserSummary owner = TestUsers.create(this.users, "owner", Role.LEGAL);
			UserSummary actor = who.equals("OWNER") ? owner : TestUsers.create(this.users, "actor", Role.valueOf(who));
			Obligation obligation = legalsNoticeDeadline(owner);
			String button = "/obligations/" + obligation.id() + "/acknowledge";
			// the list is paged: its day holds this one among a handful, whatever other tests left behind
			this.mvc.perform(get("/obligations").param("owner", "any")
				.param("day", obligation.dueDate().toString())
				.with(WebTestSupport.as(actor)))
				.andExpect(status().isOk())
				.andExpect(content().string(allowed ? containsString(button) : not(containsString(button))));
			this.mvc.perform(post("/obligations/{id}/snooze", obligation.id()).param("days", "7")
				.with(WebTestSupport.as(actor))
				.with(csrf())).andExpect(allowed ? status().is3xxRedirection() : status().isForbidden());
			this.mvc.perform(post("/obligations/{id}/acknowledge", obligation.id()).with(WebTestSupport.as(actor)).with(csrf()))
				.andExpect(allowed ? status().is3xxRedirection() : status().isForbidden());
			Obligation after = this.obligations.get(obligation.id());
			assertThat(after.isAcknowledged()).isEqualTo(allowed);
			assertThat(after.snoozedUntil() != null).isEqualTo(allowed);
		}
		finally {
			SystemActor.runAs(() -> this.settings.updateRule(new ReminderRule(before.kind(), before.offsets(),
					before.notifyOwner(), before.recipientRoles(), before.overdueRepeatDays(),
					before.escalateAfterDays(), before.escalationRoles(),
					this.settings.rule(ObligationKind.AGREEMENT_NOTICE_DEADLINE).version())));
		}
	}

}
