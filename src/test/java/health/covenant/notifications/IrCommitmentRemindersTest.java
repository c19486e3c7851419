package health.covenant.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import health.covenant.IntegrationTest;
import health.covenant.RemindsOnlyThisTest;
import health.covenant.TestClock;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.incidents.IncidentRuleException;
import health.covenant.incidents.IrCommitmentDetails;
import health.covenant.incidents.IrCommitmentService;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationQuery;
import health.covenant.obligations.ObligationService;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The yearly duties of a PHI vendor through the engine: entering service, it owes its safeguard
 * verification (and its IR plan review and tabletop) 30 days later; the security officers and legal hear on
 * the rule's days until the verification is recorded with its expert analysis, which opens next year's. A
 * vendor leaving service owes nothing any more. Every save is audited.
 */
@ExtendWith(RemindsOnlyThisTest.class)
@IntegrationTest
class IrCommitmentRemindersTest {

	/** The smallest file the documents module accepts as a PDF by its content. */
	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	TestClock clock;

	@Autowired
	ReminderEngine engine;

	@Autowired
	NotificationSender sender;

	@Autowired
	MailCapture capture;

	@Autowired
	UserService users;

	@Autowired
	VendorService vendors;

	@Autowired
	IrCommitmentService commitments;

	@Autowired
	ObligationService obligations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void securityAndLegalHearAboutTheVerificationUntilItIsRecorded() {
		String tag = Long.toString(System.nanoTime(), 36);
		LocalDate day0 = this.clock.today();
		UserSummary[] people = new UserSummary[2];
		long[] vendor = new long[1];
		String vendorName = "Verified Scribe " + tag;
		SystemActor.runAs(() -> {
			people[0] = this.users.createUser("ir-officer-" + tag + "@covenant.test", "IR Officer " + tag,
					"not-used-password-1", Set.of(Role.SECURITY_OFFICER), TestClock.ZONE);
			people[1] = this.users.createUser("ir-legal-" + tag + "@covenant.test", "IR Legal " + tag,
					"not-used-password-1", Set.of(Role.LEGAL), TestClock.ZONE);
			vendor[0] = this.vendors.register(VendorDetails.named(vendorName, PhiAccess.PHI));
			this.vendors.changeStatus(vendor[0], this.vendors.getView(vendor[0]).version(), LifecycleStatus.ONBOARDING);
		});
		await().atMost(Duration.ofSeconds(30)).until(() -> open(vendor[0], ObligationKind.BA_VERIFICATION_DUE).size() == 1);
		Obligation first = open(vendor[0], ObligationKind.BA_VERIFICATION_DUE).get(0);
		assertThat(first.dueDate()).isEqualTo(day0.plusDays(30));
		assertThat(open(vendor[0], ObligationKind.IR_PLAN_REVIEW_DUE)).hasSize(1);
		assertThat(open(vendor[0], ObligationKind.IR_TABLETOP_DUE)).hasSize(1);

		this.capture.start();
		this.capture.clear();
		List<String> officer = new ArrayList<>();
		List<String> legal = new ArrayList<>();
		for (int d = 0; d <= 26; d++) {
			LocalDate today = day0.plusDays(d);
			this.clock.setDate(today);
			if (d == 25) {
				SystemActor.runAs(() -> this.commitments.save(vendor[0], this.commitments.get(vendor[0]).version(),
						verifiedOn(today), new IrCommitmentService.Upload("analysis.pdf", PDF)));
				await().atMost(Duration.ofSeconds(30))
					.until(() -> open(vendor[0], ObligationKind.BA_VERIFICATION_DUE).stream()
						.anyMatch((o) -> o.dueDate().equals(today.plusYears(1))));
			}
			this.engine.run();
			this.sender.sendDue();
			for (MailCapture.CapturedMessage message : this.capture.messages()) {
				if (!message.subject().contains("Safeguard verification from " + vendorName)) {
					continue;
				}
				if (message.to().contains(people[0].email())) {
					officer.add("d" + d);
				}
				if (message.to().contains(people[1].email())) {
					legal.add("d" + d);
				}
			}
			this.capture.clear();
		}
		// due on day 30, rule 60, 30, 7 days before: day 0 and day 23; recorded on day 25, next due in a year
		assertThat(officer).containsExactly("d0", "d23");
		assertThat(legal).containsExactly("d0", "d23");
		assertThat(open(vendor[0], ObligationKind.BA_VERIFICATION_DUE)).hasSize(1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'IrCommitment' AND entity_id = ?")
			.param(String.valueOf(vendor[0]))
			.query(Long.class)
			.single()).isEqualTo(1);

		// leaving service: nothing owed any more
		SystemActor.runAs(() -> {
			this.vendors.changeStatus(vendor[0], this.vendors.getView(vendor[0]).version(), LifecycleStatus.TERMINATED);
		});
		await().atMost(Duration.ofSeconds(30)).until(() -> open(vendor[0], ObligationKind.BA_VERIFICATION_DUE).isEmpty()
				&& open(vendor[0], ObligationKind.IR_PLAN_REVIEW_DUE).isEmpty());
	}

	@Test
	void aVerificationWithoutTheExpertsAnalysisIsNotSaved() {
		String tag = Long.toString(System.nanoTime(), 36);
		long[] vendor = new long[1];
		SystemActor.runAs(() -> vendor[0] = this.vendors
			.register(VendorDetails.named("Unverified Scribe " + tag, PhiAccess.PHI)));
		assertThatThrownBy(() -> SystemActor.runAs(
				() -> this.commitments.save(vendor[0], 0, verifiedOn(this.clock.today()), null)))
			.isInstanceOf(IncidentRuleException.class);
		assertThat(this.commitments.get(vendor[0]).recorded()).isFalse();
	}

	private static IrCommitmentDetails verifiedOn(LocalDate day) {
		return new IrCommitmentDetails(72, health.covenant.agreements.BreachNoticeUnit.HOURS, 24, "Ann Lee",
				"ir@scribe.example", "+1 555 0100", true, true, true, true, "Cyber Mutual, $5M", null, null, day,
				"Dana Cho", "CISO");
	}

	private List<Obligation> open(long vendorId, ObligationKind kind) {
		return this.obligations.search(new ObligationQuery(kind, null, vendorId, null, null, false, true), 10);
	}

}
