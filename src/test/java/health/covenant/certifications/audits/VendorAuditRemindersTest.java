package health.covenant.certifications.audits;

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
import health.covenant.notifications.MailCapture;
import health.covenant.notifications.NotificationSender;
import health.covenant.notifications.ReminderEngine;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationQuery;
import health.covenant.obligations.ObligationService;
import health.covenant.shared.SystemActor;
import health.covenant.shared.web.Dates;
import health.covenant.vendors.LifecycleStatus;
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
 * "Next audit due" through the reminder engine: the security officer hears about it on the rule's days
 * (90, 60, 30, 7 days before), and recording a newer audit completes the obligation.
 */
@ExtendWith(RemindsOnlyThisTest.class)
@IntegrationTest
class VendorAuditRemindersTest {

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
	VendorAuditService audits;

	@Autowired
	ObligationService obligations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecurityOfficerHearsBeforeTheNextAuditIsDueUntilANewAuditIsRecorded() {
		String tag = Long.toString(System.nanoTime(), 36);
		LocalDate day0 = this.clock.today();
		String vendorName = "Audited Scribe " + tag;
		UserSummary[] officer = new UserSummary[1];
		long[] ids = new long[2];
		SystemActor.runAs(() -> {
			officer[0] = this.users.createUser("audit-officer-" + tag + "@covenant.test", "Audit Officer " + tag,
					"not-used-password-1", Set.of(Role.SECURITY_OFFICER), TestClock.ZONE);
			ids[0] = this.vendors.register(VendorDetails.named(vendorName, PhiAccess.PHI));
			this.vendors.changeStatus(ids[0], this.vendors.getView(ids[0]).version(), LifecycleStatus.ONBOARDING);
			// audited a year less 30 days ago on a 12-month cadence: due in 30 days
			ids[1] = this.audits.record(ids[0], new VendorAuditDetails(AuditKind.ON_SITE,
					day0.plusDays(30).minusMonths(12), "Acme Assurance LLP", null, AuditResult.PASSED, null), null);
		});
		LocalDate due = day0.plusDays(30);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> open(ids[0]).stream().anyMatch((o) -> o.dueDate().equals(due)));
		Obligation first = open(ids[0]).get(0);
		assertThat(first.kind()).isEqualTo(ObligationKind.VENDOR_AUDIT_DUE);
		assertThat(first.title()).isEqualTo("Audit of " + vendorName);

		this.capture.start();
		this.capture.clear();
		List<String> received = new ArrayList<>();
		String firstSubject = null;
		for (int d = 0; d <= 40; d++) {
			this.clock.setDate(day0.plusDays(d));
			if (d == 26) {
				SystemActor.runAs(() -> this.audits.record(ids[0], new VendorAuditDetails(AuditKind.REMOTE,
						day0.plusDays(26), "Acme Assurance LLP", null, AuditResult.PASSED_WITH_FINDINGS, null), null));
				await().atMost(Duration.ofSeconds(10))
					.until(() -> open(ids[0]).stream().allMatch((o) -> o.dueDate().equals(day0.plusDays(26).plusMonths(12))));
			}
			this.engine.run();
			this.sender.sendDue();
			for (MailCapture.CapturedMessage message : this.capture.messages()) {
				// the vendor's other obligations (e.g. its first assessment) remind the officer too: audits only
				if (message.to().contains(officer[0].email()) && message.subject().startsWith("Audit of " + vendorName)) {
					received.add("d" + d);
					if (firstSubject == null) {
						firstSubject = message.subject();
					}
				}
			}
			this.capture.clear();
		}
		// due on day 30: offset 30 on day 0, offset 7 on day 23; the new audit on day 26 completes it, so no
		// overdue reminder follows from day 31 (the next one is a year away)
		assertThat(received).containsExactly("d0", "d23");
		assertThat(firstSubject).isEqualTo("Audit of " + vendorName + ": due date is " + this.dates.date(due)
				+ " (in 30 days)");
		assertThat(this.jdbc.sql("SELECT done FROM obligation WHERE obligation_key = ?")
			.param("vendor-audit:" + ids[0] + ":after:" + ids[1])
			.query(Boolean.class)
			.single()).as("the obligation of the older audit is done").isTrue();
	}

	/** The vendor's open audit obligations (its other obligations, e.g. the first assessment, left out). */
	private List<Obligation> open(long vendorId) {
		return this.obligations.search(new ObligationQuery(null, null, vendorId, null, null, false, false), 10)
			.stream()
			.filter((o) -> o.kind() == ObligationKind.VENDOR_AUDIT_DUE)
			.toList();
	}

}
