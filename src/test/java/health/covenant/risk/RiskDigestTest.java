package health.covenant.risk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import health.covenant.IntegrationTest;
import health.covenant.OtherTestsAccounts;
import health.covenant.ParksOtherTestsObligations;
import health.covenant.TestClock;
import health.covenant.TestUsers;
import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditEvent;
import health.covenant.audit.AuditQuery;
import health.covenant.audit.AuditService;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.notifications.MailCapture;
import health.covenant.notifications.NotificationSender;
import health.covenant.shared.CovenantProperties;
import health.covenant.shared.OrganisationClock;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.RiskTier;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static health.covenant.WebTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The weekly risk digest through the real outbox, sender and SMTP server (GreenMail): one e-mail per
 * security officer per ISO week at or after the slot, whatever the number of runs; a missed slot is caught
 * up within its week; officers who opted out and other roles get none; the three sections list the review
 * queue, the reassessments due and the highest scores, each line with its deep link.
 * <p>
 * The shared test database holds other tests' officers and vendors: the other accounts are disabled for
 * the test (so no digest goes to them), the other tests' queued e-mails are parked, and the assertions
 * look at this test's officers and vendors alone. The clock stands in March 2031, so the other tests'
 * reassessments are long overdue (outside the 30-day window) and this test's lines come first.
 */
@IntegrationTest
@ExtendWith(ParksOtherTestsObligations.class)
@WithMockUser(username = "admin@covenant.test", roles = "ADMIN")
class RiskDigestTest {

	/** A Monday, ISO week 2031-W10. */
	static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);

	@Autowired
	RiskDigest digest;

	@Autowired
	RiskService risks;

	@Autowired
	NotificationSender sender;

	@Autowired
	MailCapture capture;

	@Autowired
	UserService users;

	@Autowired
	VendorService vendors;

	@Autowired
	AuditService audit;

	@Autowired
	CovenantProperties covenant;

	@Autowired
	TestClock clock;

	@Autowired
	OrganisationClock organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	OtherTestsAccounts otherAccounts;

	@BeforeEach
	void quietTheOtherTests() {
		this.otherAccounts = new OtherTestsAccounts(this.jdbc);
		this.otherAccounts.disable();
		this.capture.start();
		this.capture.clear();
	}

	@AfterEach
	void restore() {
		this.otherAccounts.restore();
		this.clock.reset();
		this.capture.start();
	}

	@Test
	void eachOfficerGetsOneDigestAWeekWithTheThreeSectionsAndTheirDeepLinks() throws Exception {
		String tag = Long.toString(System.nanoTime(), 36);
		this.clock.setDate(MONDAY);
		UserSummary officer = TestUsers.create(this.users, "digest-officer", tag, Role.SECURITY_OFFICER);
		UserSummary legal = TestUsers.create(this.users, "digest-legal", tag, Role.LEGAL);
		// (a) a tier increase: in service with PHI and no BAA makes the vendor CRITICAL by the gate
		long rising = this.vendors.register(VendorDetails.named("Digest Rising " + tag, PhiAccess.PHI));
		RiskTier before = this.risks.forVendor(rising).orElseThrow().computedTier();
		this.vendors.changeStatus(rising, this.vendors.getView(rising).version(), LifecycleStatus.ONBOARDING);
		VendorRiskView risen = this.risks.forVendor(rising).orElseThrow();
		assertThat(risen.reviewReason()).isEqualTo(RiskReviewReason.TIER_INCREASE);
		// waiting longer than any other test's vendor, so that it is among the lines listed
		this.jdbc.sql("UPDATE vendor_risk SET awaiting_since = DATE '2000-01-03' WHERE vendor_id = ?").param(rising).update();
		// (b) a reassessment pulled forward by a lapsed certification, due today
		long due = this.vendors.register(VendorDetails.named("Digest Due " + tag, PhiAccess.PHI));
		assertThat(this.jdbc.sql("""
				UPDATE vendor_assessment_state SET next_due = ?, due_basis = 'CERTIFICATION_LAPSED',
				    triggered_on = DATE '2031-02-20', cadence_months = 12, risk_tier = 'HIGH'
				WHERE vendor_id = ?""").params(MONDAY, due).update()).isOne();
		// (c) an overridden vendor with the highest residual score of the shared database
		long top = this.vendors.register(VendorDetails.named("Digest Top " + tag, PhiAccess.PHI));
		RiskTier computed = this.risks.forVendor(top).orElseThrow().computedTier();
		RiskTier override = computed == RiskTier.CRITICAL ? RiskTier.HIGH : RiskTier.CRITICAL;
		this.risks.override(top, override, "Holds every patient record we have");
		this.jdbc.sql("UPDATE vendor_risk SET residual = 100 WHERE vendor_id = ?").param(top).update();

		// before the slot (Monday 07:00 in the organisation's zone): nothing
		this.clock.set(MONDAY.atTime(LocalTime.of(6, 59)).atZone(this.organisation.zone()).toInstant());
		assertThat(this.digest.runIfDue()).isZero();
		this.clock.setDate(MONDAY);
		assertThat(this.digest.runIfDue()).isPositive();
		this.sender.sendDue();
		List<MailCapture.CapturedMessage> first = mailTo(officer);
		assertThat(first).hasSize(1);
		assertThat(mailTo(legal)).isEmpty();

		MailCapture.CapturedMessage mail = first.get(0);
		String text = mail.text().replace("\r\n", "\n");
		String base = this.covenant.baseUrl();
		assertThat(mail.subject()).startsWith("Covenant weekly risk digest, week of 3 Mar 2031: ");
		assertThat(text).contains("Hello digest-officer " + tag + ",", "Weekly risk digest, week of 3 Mar 2031")
			.contains("== Tier changes awaiting review (", "== Reassessments due in the next 30 days (",
					"== The 5 highest residual scores ==")
			// (a) computed vs decided tier, since when, and the link to decide
			.contains("* Digest Rising " + tag + "\n", "  Computed: Critical risk \u00b7 " + risen.residual()
					+ "; decided: " + tierText(before) + " risk\n", "  Waiting since 3 Jan 2000 \u00b7 Tier rose\n",
					"  Open in Covenant: " + base + "/risk/vendors/" + rising + "\n")
			// (b) due date, why and the link to the vendor
			.contains("* Digest Due " + tag + "\n", "  Due 3 Mar 2031\n",
					"  Why: trigger, a certification lapsed on 20 Feb 2031\n",
					"  Open in Covenant: " + base + "/vendors/" + due + "\n")
			// (c) tier, score, overridden, and the link to the score
			.contains("* Digest Top " + tag + "\n", "  " + tierText(override) + " risk \u00b7 100\n",
					"  Overridden by a security officer (computed: " + tierText(computed) + " risk)\n",
					"  Open in Covenant: " + base + "/risk/vendors/" + top + "\n")
			.contains("E-mail preferences: " + base + "/account/notifications");
		assertThat(section(text, "== The 5 highest residual scores ==")).startsWith("* Digest Top " + tag);
		assertThat(mail.html()).contains("href=\"" + base + "/risk/vendors/" + rising + "\"",
				"href=\"" + base + "/vendors/" + due + "\"", "href=\"" + base + "/risk/vendors/" + top + "\"",
				"Digest Rising " + tag, "Waiting since 3 Jan 2000 \u00b7 Tier rose");
		Files.writeString(Path.of("target", "risk-digest-mail.html"), mail.html());
		Files.writeString(Path.of("target", "risk-digest-mail.txt"), text);

		// a re-run in the same week (a restart, another instance) queues nothing for the officer
		this.clock.setDate(MONDAY.plusDays(2));
		this.digest.runIfDue();
		this.digest.send(MONDAY.plusDays(6));
		this.sender.sendDue();
		assertThat(mailTo(officer)).hasSize(1);

		// next week: before the slot nothing, from the slot a new one
		LocalDate nextMonday = MONDAY.plusWeeks(1);
		this.clock.set(nextMonday.atTime(LocalTime.of(6, 0)).atZone(this.organisation.zone()).toInstant());
		this.digest.runIfDue();
		this.sender.sendDue();
		assertThat(mailTo(officer)).hasSize(1);
		this.clock.set(nextMonday.atTime(LocalTime.of(7, 0)).atZone(this.organisation.zone()).toInstant());
		this.digest.runIfDue();
		this.digest.runIfDue();
		this.sender.sendDue();
		assertThat(mailTo(officer)).hasSize(2)
			.extracting(MailCapture.CapturedMessage::subject)
			.anySatisfy((subject) -> assertThat(subject).contains("week of 10 Mar 2031"));

		// the week after, the application was down on Monday: Wednesday's run catches up
		this.clock.setDate(MONDAY.plusWeeks(2).plusDays(2));
		this.digest.runIfDue();
		this.sender.sendDue();
		assertThat(mailTo(officer)).hasSize(3);
		assertThat(mailTo(legal)).isEmpty();
	}

	@Test
	void anOfficerOptsOutOnTheirOwnSettingsPageAuditedAndGetsNoDigestUntilOptingIn() throws Exception {
		String tag = Long.toString(System.nanoTime(), 36);
		UserSummary staying = TestUsers.create(this.users, "digest-staying", tag, Role.SECURITY_OFFICER);
		UserSummary leaving = TestUsers.create(this.users, "digest-leaving", tag, Role.SECURITY_OFFICER);
		UserSummary legal = TestUsers.create(this.users, "digest-legal", tag, Role.LEGAL);

		this.mvc.perform(get("/account/notifications").with(as(leaving)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"receive\" value=\"true\" checked=\"checked\"")))
			.andExpect(content().string(containsString("Weekly risk digest: every Monday at 07:00")));
		this.mvc.perform(get("/account/notifications").with(as(legal)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("risk-digest-receive"))));
		this.mvc.perform(post("/account/notifications/risk-digest").with(as(legal)).with(csrf()))
			.andExpect(status().isForbidden());
		// not a yes or no: refused, nothing changes
		this.mvc.perform(post("/account/notifications/risk-digest").param("receive", "maybe").with(as(leaving)).with(csrf()))
			.andExpect(status().isBadRequest());
		assertThat(this.users.findById(leaving.id()).orElseThrow().riskDigestOptOut()).isFalse();
		// an unticked box sends nothing: opted out
		this.mvc.perform(post("/account/notifications/risk-digest").with(as(leaving)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/account/notifications"));
		assertThat(this.users.findById(leaving.id()).orElseThrow().riskDigestOptOut()).isTrue();
		this.mvc.perform(get("/account/notifications").with(as(leaving)))
			.andExpect(content().string(containsString("id=\"risk-digest-receive\"")))
			.andExpect(content().string(not(containsString("name=\"receive\" value=\"true\" checked"))));
		List<AuditEvent> events = this.audit.search(new AuditQuery("User", String.valueOf(leaving.id()),
				"USER_PREFERENCE_CHANGED", null, null, null), PageRequest.of(0, 5)).getContent();
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.actor()).isEqualTo(leaving.email());
			assertThat(event.changes()).containsEntry("riskDigestOptOut", new AuditChanges.Change(false, true));
		});

		LocalDate monday = MONDAY.plusWeeks(5);
		this.clock.setDate(monday);
		this.digest.runIfDue();
		this.sender.sendDue();
		assertThat(mailTo(staying)).hasSize(1);
		assertThat(mailTo(leaving)).isEmpty();
		assertThat(mailTo(legal)).isEmpty();

		// back in during the same week: this week's digest comes at the next run
		this.mvc.perform(post("/account/notifications/risk-digest").param("receive", "true").with(as(leaving)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.digest.runIfDue();
		this.sender.sendDue();
		assertThat(mailTo(leaving)).hasSize(1);
		assertThat(mailTo(staying)).hasSize(1);
	}

	@Test
	void theSettingsPageShowsTheDigestScheduleReadOnly() throws Exception {
		this.mvc.perform(get("/admin/settings").with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Scheduled e-mails")))
			.andExpect(content().string(containsString("Weekly risk digest: every Monday at 07:00 (")));
	}

	private List<MailCapture.CapturedMessage> mailTo(UserSummary user) {
		return this.capture.messages().stream().filter((m) -> m.to().contains(user.email())).toList();
	}

	private static String section(String text, String heading) {
		return text.substring(text.indexOf(heading) + heading.length()).strip();
	}

	private static String tierText(RiskTier tier) {
		return tier.name().charAt(0) + tier.name().substring(1).toLowerCase();
	}

}
