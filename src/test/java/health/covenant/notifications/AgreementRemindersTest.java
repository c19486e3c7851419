package health.covenant.notifications;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import health.covenant.IntegrationTest;
import health.covenant.RemindsOnlyThisTest;
import health.covenant.TestClock;
import health.covenant.agreements.AgreementDetails;
import health.covenant.agreements.AgreementKind;
import health.covenant.agreements.AgreementQueries;
import health.covenant.agreements.AgreementService;
import health.covenant.agreements.AgreementStatus;
import health.covenant.agreements.AgreementView;
import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
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
 * Reminders for real agreements (the agreements module's obligation source): a BAA whose notice
 * deadline and term end the legal owner hears about on the rule's days, until it is terminated.
 */
@ExtendWith(RemindsOnlyThisTest.class)
@IntegrationTest
class AgreementRemindersTest {

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
	AgreementService agreements;

	@Autowired
	AgreementQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObligationService obligations;

	@Test
	void theOwnerHearsAboutNoticeDeadlineAndTermEndUntilTheAgreementIsTerminated() {
		String tag = Long.toString(System.nanoTime(), 36);
		LocalDate day0 = this.clock.today();
		long[] ids = new long[2];
		UserSummary[] owner = new UserSummary[1];
		SystemActor.runAs(() -> {
			owner[0] = this.users.createUser("baa-owner-" + tag + "@covenant.test", "BAA Owner " + tag,
					"not-used-password-1", Set.of(Role.LEGAL), TestClock.ZONE);
			ids[0] = this.vendors.register(VendorDetails.named("Acme Scribe " + tag, PhiAccess.PHI));
			ids[1] = this.agreements.create(ids[0], details(AgreementStatus.EXECUTED, day0, owner[0].id()));
		});
		// The agreement's obligations follow its changes through events (the daily run re-reads only what came due).
		await().atMost(Duration.ofSeconds(10)).until(() -> openObligations(ids[0]) == 2);
		String vendorName = "Acme Scribe " + tag;
		this.capture.start();
		this.capture.clear();
		List<String> received = new ArrayList<>();
		String firstNoticeSubject = null;
		for (int d = 0; d <= 45; d++) {
			this.clock.setDate(day0.plusDays(d));
			if (d == 20) {
				SystemActor.runAs(() -> {
					AgreementView view = this.queries.get(ids[1]);
					this.agreements.update(ids[1], view.version(),
							details(AgreementStatus.TERMINATED, day0, owner[0].id()));
				});
				await().atMost(Duration.ofSeconds(10)).until(() -> openObligations(ids[0]) == 0);
			}
			this.engine.run();
			this.sender.sendDue();
			for (MailCapture.CapturedMessage message : this.capture.messages()) {
				if (message.to().contains(owner[0].email()) && message.subject().contains(vendorName)) {
					String kind = message.subject().contains("last day to give notice") ? "notice" : "term-end";
					received.add("d" + d + " " + kind);
					if (kind.equals("notice") && firstNoticeSubject == null) {
						firstNoticeSubject = message.subject();
					}
				}
			}
			this.capture.clear();
		}
		// Notice deadline on day 30 (expiry day 90 − 60 days' notice): offsets 30 (day 0) and 14 (day 16);
		// term end on day 90: offset 90 (day 0). Terminated on day 20: nothing after.
		assertThat(received).containsExactlyInAnyOrder("d0 notice", "d0 term-end", "d16 notice");
		assertThat(firstNoticeSubject).isEqualTo("BAA with " + vendorName + ": last day to give notice is "
				+ this.dates.date(day0.plusDays(30)) + " (in 30 days)");
	}

	private long openObligations(long vendorId) {
		return this.obligations.search(new ObligationQuery(null, null, vendorId, null, null, false, false), 10).size();
	}

	private static AgreementDetails details(AgreementStatus status, LocalDate day0, long ownerId) {
		return new AgreementDetails(AgreementKind.BAA, status, day0.minusDays(275), day0.plusDays(90), true, 12, 60,
				30, BreachNoticeUnit.CALENDAR_DAYS, day0.minusDays(280), "Pat Signer", ownerId, null);
	}

}
