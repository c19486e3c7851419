package health.covenant.notifications;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import health.covenant.IntegrationTest;
import health.covenant.ParksOtherTestsObligations;
import health.covenant.TestClock;
import health.covenant.agreements.AgreementDetails;
import health.covenant.agreements.AgreementKind;
import health.covenant.agreements.AgreementService;
import health.covenant.agreements.AgreementStatus;
import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.audit.AuditQuery;
import health.covenant.audit.AuditService;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.obligations.ObligationQuery;
import health.covenant.obligations.ObligationService;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.RiskTier;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorScores;
import health.covenant.vendors.VendorRiskRecords;
import health.covenant.vendors.VendorService;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.web.servlet.MockMvc;

import static health.covenant.WebTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo mailbox keeps what it captured in the database (a new capture, as after a restart, still
 * shows it), shows the HTML part sandboxed and the text part, and an administrator can clear it
 * (audited). Names in e-mails stay on one line.
 */
@IntegrationTest
@ExtendWith(ParksOtherTestsObligations.class)
class MailboxTest {

	@Autowired
	MailCapture capture;

	@Autowired
	JavaMailSender mailSender;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditService audit;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	ReminderEngine engine;

	@Autowired
	ObligationService obligations;

	@Autowired
	NotificationSender sender;

	@Autowired
	UserService users;

	@Autowired
	VendorService vendors;

	@Autowired
	AgreementService agreements;

	@Autowired
	VendorRiskRecords risks;

	@AfterEach
	void restore() {
		this.clock.reset();
		this.capture.start();
	}

	private void send(String subject, String text, String html) throws Exception {
		MimeMessage message = this.mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom("covenant@localhost");
		helper.setTo("legal@covenant.test");
		helper.setSubject(subject);
		helper.setText(text, html);
		this.mailSender.send(message);
	}

	@Test
	void capturedMailSurvivesARestartOfTheCapture() throws Exception {
		this.capture.start();
		this.capture.clear();
		String subject = "Kept " + System.nanoTime();
		send(subject, "plain body", "<p>html body</p>");
		// The application stops (GreenMail's own copy is gone) and starts again with a new capture.
		this.capture.stop();
		MailCapture restarted = new MailCapture(this.jdbc, this.audit, this.clock);
		assertThat(restarted.messages()).singleElement().satisfies((m) -> {
			assertThat(m.subject()).isEqualTo(subject);
			assertThat(m.to()).containsExactly("legal@covenant.test");
			assertThat(m.text()).isEqualTo("plain body");
			assertThat(m.html()).isEqualTo("<p>html body</p>");
		});
		this.capture.start();
		assertThat(this.capture.messages()).extracting(MailCapture.CapturedMessage::subject).containsExactly(subject);
	}

	@Test
	void theMessagePageShowsTheHtmlPartSandboxedAndTheText() throws Exception {
		this.capture.start();
		this.capture.clear();
		send("Html " + System.nanoTime(), "the text part",
				"<p>Hello <b>Lee</b></p><script>alert('x')</script><img src=x onerror=alert(1)>");
		long id = this.capture.messages().get(0).number();
		this.mvc.perform(get("/notifications/mailbox/{id}", id).with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sandbox=\"\"")))
			.andExpect(content().string(containsString("srcdoc=\"&lt;p&gt;Hello &lt;b&gt;Lee&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("<img src=x"))))
			.andExpect(content().string(containsString("the text part")));
	}

	@Test
	void anAdministratorClearsTheMailboxAfterConfirmingAndItIsAudited() throws Exception {
		this.capture.start();
		this.capture.clear();
		send("Clear me " + System.nanoTime(), "text", "<p>html</p>");
		this.mvc.perform(get("/notifications/mailbox").with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-confirm=\"Delete every captured e-mail?")));
		for (Role role : List.of(Role.LEGAL, Role.SECURITY_OFFICER, Role.PROCUREMENT, Role.AUDITOR)) {
			this.mvc.perform(post("/notifications/mailbox/clear").with(as(role)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(this.capture.messages()).hasSize(1);
		this.mvc.perform(post("/notifications/mailbox/clear").with(as(Role.ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/notifications/mailbox"));
		assertThat(this.capture.messages()).isEmpty();
		assertThat(this.audit.search(new AuditQuery(null, null, "MAILBOX_CLEARED", null, null, null),
				PageRequest.of(0, 1)).getContent())
			.singleElement()
			.satisfies((event) -> assertThat(event.actor()).isEqualTo("admin@covenant.test"));
	}

	@Test
	void aVendorNamedWithLineBreaksStaysOnOneLineInThePlainTextEmail() {
		String tag = Long.toString(System.nanoTime(), 36);
		String vendorName = "Evil\r\nBcc: victim@example.test\r\n\r\nScribe " + tag;
		LocalDate day0 = this.clock.today();
		UserSummary[] owner = new UserSummary[1];
		SystemActor.runAs(() -> {
			owner[0] = this.users.createUser("crlf-" + tag + "@covenant.test", "Lee\r\nInjected " + tag,
					"not-used-password-1", Set.of(Role.LEGAL), TestClock.ZONE);
			long vendor = this.vendors.register(VendorDetails.named(vendorName, PhiAccess.PHI));
			this.agreements.create(vendor, new AgreementDetails(AgreementKind.BAA, AgreementStatus.EXECUTED,
					day0.minusDays(275), day0.plusDays(90), true, 12, 60, 30, BreachNoticeUnit.CALENDAR_DAYS,
					day0.minusDays(280), "Pat Signer", owner[0].id(), null));
		});
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.obligations
				.search(new ObligationQuery(null, owner[0].id(), null, null, null, false, false), 10)
				.isEmpty());
		this.capture.start();
		this.capture.clear();
		this.engine.run();
		this.sender.sendDue();
		List<MailCapture.CapturedMessage> mail = this.capture.messages()
			.stream()
			.filter((m) -> m.to().contains(owner[0].email()))
			.toList();
		assertThat(mail).isNotEmpty().allSatisfy((m) -> {
			assertThat(m.subject()).contains("BAA with Evil Bcc: victim@example.test Scribe " + tag)
				.doesNotContain("\r")
				.doesNotContain("\n");
			assertThat(m.text())
				.containsPattern("(?m)^" + Pattern.quote("BAA with Evil Bcc: victim@example.test Scribe " + tag) + "\r?$")
				.contains("Hello Lee Injected " + tag + ",")
				.doesNotContainPattern("(?m)^Bcc:")
				.doesNotContainPattern("(?m)^Scribe")
				.doesNotContainPattern("(?m)^Injected");
		});
	}

	@Test
	void eachReminderLineShowsItsVendorsTierAndScoreAndNothingForAnUnscoredVendor() {
		String tag = Long.toString(System.nanoTime(), 36);
		LocalDate day0 = this.clock.today();
		UserSummary[] owners = new UserSummary[2];
		long[] vendors = new long[2];
		SystemActor.runAs(() -> {
			owners[0] = this.users.createUser("tier-" + tag + "@covenant.test", "Tia " + tag, "not-used-password-1",
					Set.of(Role.LEGAL), TestClock.ZONE);
			owners[1] = this.users.createUser("tier-digest-" + tag + "@covenant.test", "Dee " + tag,
					"not-used-password-1", Set.of(Role.LEGAL), TestClock.ZONE);
			vendors[0] = this.vendors.register(VendorDetails.named("Scored Scribe " + tag, PhiAccess.PHI));
			vendors[1] = this.vendors.register(VendorDetails.named("Unscored Scribe " + tag, PhiAccess.PHI));
			for (UserSummary owner : owners) {
				for (long vendor : vendors) {
					this.agreements.create(vendor, new AgreementDetails(AgreementKind.BAA, AgreementStatus.EXECUTED,
							day0.minusDays(275), day0.plusDays(90), true, 12, 60, 30, BreachNoticeUnit.CALENDAR_DAYS,
							day0.minusDays(280), "Pat Signer", owner.id(), null));
				}
			}
		});
		// after the agreements, which the risk module scores the vendors on
		SystemActor.runAs(() -> this.risks.record(vendors[0], RiskTier.HIGH, 67, true));
		VendorScores.forget(this.jdbc, vendors[1]);
		this.jdbc.sql("UPDATE app_user SET notification_preference = 'DAILY_DIGEST' WHERE id = ?")
			.param(owners[1].id())
			.update();
		for (UserSummary owner : owners) {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.obligations.search(new ObligationQuery(null, owner.id(), null, null, null, false, false), 10)
					.size() >= 2);
		}
		this.capture.start();
		this.capture.clear();
		this.engine.run();
		this.sender.sendDue();
		List<MailCapture.CapturedMessage> reminders = this.capture.messages()
			.stream()
			.filter((m) -> m.to().contains(owners[0].email()))
			.toList();
		assertThat(reminders).filteredOn((m) -> m.subject().contains("Scored Scribe " + tag))
			.isNotEmpty()
			.allSatisfy((m) -> {
				assertThat(m.text()).contains("Vendor risk: High risk \u00b7 67 (overridden)");
				assertThat(m.html()).contains("Vendor risk: High risk \u00b7 67 (overridden)");
			});
		assertThat(reminders).filteredOn((m) -> m.subject().contains("Unscored Scribe " + tag))
			.isNotEmpty()
			.allSatisfy((m) -> assertThat(m.text()).doesNotContain("Vendor risk"));
		List<MailCapture.CapturedMessage> digest = this.capture.messages()
			.stream()
			.filter((m) -> m.to().contains(owners[1].email()))
			.toList();
		assertThat(digest).hasSize(1).allSatisfy((m) -> {
			// the scored vendor's lines carry its tier, the unscored vendor's none
			assertThat(m.text()).contains("Scored Scribe " + tag, "Unscored Scribe " + tag)
				.contains("  Vendor risk: High risk \u00b7 67 (overridden)");
			int lines = m.text().split("Vendor risk:", -1).length - 1;
			int scored = m.text().split("\\* BAA with Scored Scribe", -1).length - 1;
			assertThat(lines).isEqualTo(scored).isPositive();
		});
	}

}
