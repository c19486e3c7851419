package health.covenant.notifications;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import health.covenant.IntegrationTest;
import health.covenant.RemindsOnlyThisTest;
import health.covenant.TestClock;
import health.covenant.certifications.CertificationDetails;
import health.covenant.certifications.CertificationService;
import health.covenant.certifications.CertificationType;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
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
 * Reminders for certifications (the certifications module's obligation source): the security officers
 * hear about a penetration test going stale on the rule's days (90, 60, 30, 7 before), until a newer
 * report of the same type renews it.
 */
@ExtendWith(RemindsOnlyThisTest.class)
@IntegrationTest
class CertificationRemindersTest {

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
	CertificationService certifications;

	@Autowired
	ObligationService obligations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecurityOfficerHearsBeforeAPenTestGoesStaleUntilItIsRenewed() {
		String tag = Long.toString(System.nanoTime(), 36);
		LocalDate day0 = this.clock.today();
		LocalDate lastDay = day0.plusDays(30);
		long[] ids = new long[2];
		UserSummary[] officer = new UserSummary[1];
		SystemActor.runAs(() -> {
			officer[0] = this.users.createUser("cert-officer-" + tag + "@covenant.test", "Cert Officer " + tag,
					"not-used-password-1", Set.of(Role.SECURITY_OFFICER), TestClock.ZONE);
			ids[0] = this.vendors.register(VendorDetails.named("Pen Scribe " + tag, PhiAccess.PHI));
			ids[1] = this.certifications.create(ids[0],
					CertificationDetails.of(CertificationType.PEN_TEST, "NCC Group", lastDay.minusMonths(12)), false,
					null);
		});
		await().atMost(Duration.ofSeconds(10)).until(() -> open(ids[0]) == 1);
		String vendorName = "Pen Scribe " + tag;
		this.capture.start();
		this.capture.clear();
		List<String> received = new ArrayList<>();
		String firstSubject = null;
		for (int d = 0; d <= 45; d++) {
			this.clock.setDate(day0.plusDays(d));
			if (d == 25) {
				LocalDate renewedOn = day0.plusDays(d);
				SystemActor.runAs(() -> this.certifications.create(ids[0],
						CertificationDetails.of(CertificationType.PEN_TEST, "NCC Group", renewedOn), false, null));
				await().atMost(Duration.ofSeconds(10))
					.until(() -> this.obligations
						.search(new ObligationQuery(ObligationKind.CERTIFICATION_LAPSE, null, ids[0], null, null, false,
								true), 10)
						.stream()
						.noneMatch((o) -> o.subjectId() == ids[1]));
			}
			this.engine.run();
			this.sender.sendDue();
			for (MailCapture.CapturedMessage message : this.capture.messages()) {
				if (message.to().contains(officer[0].email()) && message.subject().contains(vendorName)) {
					received.add("d" + d);
					if (firstSubject == null) {
						firstSubject = message.subject();
					}
				}
			}
			this.capture.clear();
		}
		// last day counted on day 30: offsets 30 (day 0) and 7 (day 23); renewed on day 25, nothing after
		assertThat(received).containsExactly("d0", "d23");
		assertThat(firstSubject).isEqualTo("Penetration test of " + vendorName + ": last day it counts is "
				+ this.dates.date(lastDay) + " (in 30 days)");
	}

	private long open(long vendorId) {
		return this.obligations.search(new ObligationQuery(null, null, vendorId, null, null, false, false), 10).size();
	}

}
