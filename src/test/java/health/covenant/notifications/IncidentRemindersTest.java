package health.covenant.notifications;

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
import health.covenant.incidents.IncidentDetails;
import health.covenant.incidents.IncidentKind;
import health.covenant.incidents.IncidentService;
import health.covenant.incidents.IncidentStatus;
import health.covenant.incidents.NoticeAudience;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationQuery;
import health.covenant.obligations.ObligationService;
import health.covenant.shared.SystemActor;
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
 * Reminders of our breach-notice deadlines (the incidents module's obligation source): legal hears on the
 * rule's days (30, 14, 7, 3, 1, 0 before) until the notice is recorded on the incident; the security
 * officers only hear when it is escalated.
 */
@ExtendWith(RemindsOnlyThisTest.class)
@IntegrationTest
class IncidentRemindersTest {

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
	IncidentService incidents;

	@Autowired
	ObligationService obligations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void legalHearsBeforeTheIndividualsDeadlineUntilTheNoticeIsRecorded() {
		String tag = Long.toString(System.nanoTime(), 36);
		LocalDate day0 = this.clock.today();
		// discovered 46 days ago: the individuals are owed notice in 14 days (the HHS log only next year)
		LocalDate discovered = day0.minusDays(46);
		long[] ids = new long[2];
		UserSummary[] people = new UserSummary[2];
		String vendorName = "Breached Scribe " + tag;
		SystemActor.runAs(() -> {
			people[0] = this.users.createUser("incident-legal-" + tag + "@covenant.test", "Incident Legal " + tag,
					"not-used-password-1", Set.of(Role.LEGAL), TestClock.ZONE);
			people[1] = this.users.createUser("incident-officer-" + tag + "@covenant.test", "Incident Officer " + tag,
					"not-used-password-1", Set.of(Role.SECURITY_OFFICER), TestClock.ZONE);
			ids[0] = this.vendors.register(VendorDetails.named(vendorName, PhiAccess.PHI));
			ids[1] = this.incidents.record(ids[0],
					new IncidentDetails(IncidentKind.BREACH_OF_UNSECURED_PHI, IncidentStatus.OPEN, null,
							discovered.minusDays(3), discovered, null, true, 12, false, "Misdirected fax batch", null,
							List.of()));
		});
		await().atMost(Duration.ofSeconds(10)).until(() -> openIndividuals(ids[0]) == 1);
		this.capture.start();
		this.capture.clear();
		List<String> legal = new ArrayList<>();
		List<String> officer = new ArrayList<>();
		String firstSubject = null;
		for (int d = 0; d <= 16; d++) {
			this.clock.setDate(day0.plusDays(d));
			if (d == 9) {
				LocalDate given = day0.plusDays(d);
				SystemActor.runAs(
						() -> this.incidents.recordNotice(ids[1], NoticeAudience.INDIVIDUALS, null, given));
				await().atMost(Duration.ofSeconds(10)).until(() -> openIndividuals(ids[0]) == 0);
			}
			this.engine.run();
			this.sender.sendDue();
			for (MailCapture.CapturedMessage message : this.capture.messages()) {
				// the breach notices only: the officers also hear of the triggered assessment proposed for the vendor
				if (!message.subject().contains("Breach at " + vendorName)) {
					continue;
				}
				if (message.to().contains(people[0].email())) {
					legal.add("d" + d);
					if (firstSubject == null) {
						firstSubject = message.subject();
					}
				}
				if (message.to().contains(people[1].email())) {
					officer.add("d" + d);
				}
			}
			this.capture.clear();
		}
		// due on day 14: offsets 14 (day 0) and 7 (day 7); the notice recorded on day 9 ends them
		assertThat(legal).containsExactly("d0", "d7");
		assertThat(officer).isEmpty();
		assertThat(firstSubject).contains("Breach at " + vendorName + ": notify the individuals");
	}

	private long openIndividuals(long vendorId) {
		return this.obligations
			.search(new ObligationQuery(ObligationKind.BREACH_NOTICE_INDIVIDUALS, null, vendorId, null, null, false,
					true), 10)
			.size();
	}

}
