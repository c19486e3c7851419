package health.covenant.assessments.findings;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import health.covenant.IntegrationTest;
import health.covenant.RemindsOnlyThisTest;
import health.covenant.TestClock;
import health.covenant.TestUsers;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.notifications.MailCapture;
import health.covenant.notifications.NotificationSender;
import health.covenant.notifications.ReminderEngine;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationQuery;
import health.covenant.obligations.ObligationService;
import health.covenant.shared.SystemActor;
import health.covenant.shared.web.Dates;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A finding's remediation through the reminder engine: the internal owner and the security officer hear
 * about it 14, 7 and 0 days before it is due, then while it is overdue, until the remediation is recorded;
 * an accepted risk is announced before it expires and the finding is due again after.
 */
@ExtendWith(RemindsOnlyThisTest.class)
@IntegrationTest
class FindingRemindersTest {

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
	UserService users;

	@Autowired
	VendorService vendors;

	@Autowired
	FindingService findings;

	@Autowired
	ObligationService obligations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOwnerAndTheOfficerHearUntilTheRemediationIsRecorded() {
		String tag = Long.toString(System.nanoTime(), 36);
		LocalDate day0 = this.clock.today();
		UserSummary officer = TestUsers.create(this.users, "finding-officer", tag, Role.SECURITY_OFFICER);
		UserSummary owner = TestUsers.create(this.users, "finding-owner", tag, Role.PROCUREMENT);
		String vendorName = "Finding Scribe " + tag;
		String title = "No MFA for support " + tag;
		long[] ids = new long[2];
		SystemActor.runAs(() -> {
			ids[0] = this.vendors.register(VendorDetails.named(vendorName, PhiAccess.PHI));
			ids[1] = this.findings.open(ids[0], FindingSource.manual(), new FindingDetails(FindingSeverity.HIGH, title,
					null, null, owner.id(), day0.plusDays(14)));
		});
		LocalDate due = day0.plusDays(14);
		await().atMost(Duration.ofSeconds(10)).until(() -> open(ids[0]).size() == 1);
		Obligation obligation = open(ids[0]).get(0);
		assertThat(obligation.kind()).isEqualTo(ObligationKind.FINDING_REMEDIATION_DUE);
		assertThat(obligation.dueDate()).isEqualTo(due);
		assertThat(obligation.title()).isEqualTo("Remediate: " + title + " (" + vendorName + ")");

		this.capture.start();
		this.capture.clear();
		List<String> toOfficer = new ArrayList<>();
		List<String> toOwner = new ArrayList<>();
		String firstSubject = null;
		for (int d = 0; d <= 40; d++) {
			this.clock.setDate(day0.plusDays(d));
			if (d == 25) {
				WebUser.runAs(owner, () -> this.findings.remediate(ids[1], this.findings.get(ids[1]).version(),
						day0.plusDays(25), "MFA enforced, screenshot attached", null));
				await().atMost(Duration.ofSeconds(10)).until(() -> open(ids[0]).isEmpty());
			}
			this.engine.run();
			this.sender.sendDue();
			for (MailCapture.CapturedMessage message : this.capture.messages()) {
				if (!message.subject().contains(title)) {
					continue;
				}
				if (message.to().contains(officer.email())) {
					toOfficer.add("d" + d);
					if (firstSubject == null) {
						firstSubject = message.subject();
					}
				}
				if (message.to().contains(owner.email())) {
					toOwner.add("d" + d);
				}
			}
			this.capture.clear();
		}
		// due on day 14: offsets 14 (day 0), 7 (day 7), 0 (day 14); overdue from day 15, repeated every 7 days
		// (day 22); remediated on day 25: nothing after
		assertThat(toOfficer).containsExactly("d0", "d7", "d14", "d15", "d22");
		assertThat(toOwner).isEqualTo(toOfficer);
		assertThat(firstSubject).isEqualTo("Remediate: " + title + " (" + vendorName + "): due date is "
				+ this.dates.date(due) + " (in 14 days)");
		assertThat(this.jdbc.sql("SELECT done FROM obligation WHERE obligation_key = ?")
			.param("finding:" + ids[1] + ":remediation:0")
			.query(Boolean.class)
			.single()).as("remediating completes the obligation").isTrue();
	}

	@Test
	void anAcceptedRiskIsAnnouncedBeforeItExpiresAndTheFindingIsDueAgainAfter() {
		String tag = Long.toString(System.nanoTime(), 36);
		LocalDate day0 = this.clock.today();
		UserSummary officer = TestUsers.create(this.users, "acceptance-officer", tag, Role.SECURITY_OFFICER);
		String title = "Old TLS on the API " + tag;
		long[] ids = new long[2];
		SystemActor.runAs(() -> {
			ids[0] = this.vendors.register(VendorDetails.named("Accepted Scribe " + tag, PhiAccess.PHI));
			ids[1] = this.findings.open(ids[0], FindingSource.manual(), new FindingDetails(FindingSeverity.LOW, title,
					null, null, null, day0.plusDays(3)));
		});
		await().atMost(Duration.ofSeconds(10)).until(() -> open(ids[0]).size() == 1);
		WebUser.runAs(officer, () -> this.findings.acceptRisk(ids[1], 0, "Only internal clients, TLS 1.3 planned",
				day0.plusDays(30)));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> open(ids[0]).stream().map(Obligation::kind).toList()
				.equals(List.of(ObligationKind.FINDING_ACCEPTANCE_EXPIRES)));

		this.capture.start();
		this.capture.clear();
		List<String> received = new ArrayList<>();
		for (int d = 0; d <= 31; d++) {
			this.clock.setDate(day0.plusDays(d));
			this.engine.run();
			this.sender.sendDue();
			for (MailCapture.CapturedMessage message : this.capture.messages()) {
				if (message.subject().contains(title) && message.to().contains(officer.email())) {
					received.add("d" + d + (message.subject().startsWith("Accepted risk expires") ? " expires" : " remediate"));
				}
			}
			this.capture.clear();
		}
		// acceptance expires on day 30: offsets 30, 7, 0; on day 30 the finding is open again and overdue (due
		// day 3): its remediation reminder comes the same day, the next one a week later
		assertThat(received).containsExactlyInAnyOrder("d0 expires", "d23 expires", "d30 expires", "d30 remediate");
		assertThat(open(ids[0])).extracting(Obligation::kind).containsExactly(ObligationKind.FINDING_REMEDIATION_DUE);
	}

	private List<Obligation> open(long vendorId) {
		return this.obligations.search(new ObligationQuery(null, null, vendorId, null, null, false, false), 10);
	}

}
