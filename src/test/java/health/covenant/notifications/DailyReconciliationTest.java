package health.covenant.notifications;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.agreements.AgreementDetails;
import health.covenant.agreements.AgreementKind;
import health.covenant.agreements.AgreementService;
import health.covenant.agreements.AgreementStatus;
import health.covenant.agreements.AgreementTerms;
import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationQuery;
import health.covenant.obligations.ObligationService;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The daily run re-reads only the agreements whose obligations the calendar has moved (a notice
 * deadline or term end passed): the others follow their agreement's changes through events, so a
 * run stays proportional to what is due, not to all agreements.
 */
@IntegrationTest
class DailyReconciliationTest {

	@Autowired
	TestClock clock;

	@Autowired
	ReminderEngine engine;

	@Autowired
	ObligationService obligations;

	@Autowired
	VendorService vendors;

	@Autowired
	AgreementService agreements;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void restore() {
		this.clock.reset();
	}

	@Test
	void theDailyRunRereadsOnlyTheAgreementsWhoseObligationsCameDue() {
		LocalDate day0 = this.clock.today();
		long[] ids = new long[3];
		SystemActor.runAs(() -> {
			ids[0] = this.vendors.register(VendorDetails.named("Reconcile " + System.nanoTime(), PhiAccess.PHI));
			// notice deadline day 30 (term end day 90, 60 days' notice), renewing by 12 months
			ids[1] = this.agreements.create(ids[0], details(day0, day0.plusDays(90)));
			// notice deadline day 140
			ids[2] = this.agreements.create(ids[0], details(day0, day0.plusDays(200)));
		});
		await().atMost(Duration.ofSeconds(10)).until(() -> of(ids[0]).size() == 4);
		// Behind the sources' back: a run that re-read every agreement would put the title back.
		this.jdbc.sql("UPDATE obligation SET title = 'left alone' WHERE subject_type = 'Agreement' AND subject_id = ?")
			.param(ids[2])
			.update();

		this.clock.setDate(day0.plusDays(31));
		this.engine.run();

		Obligation notice = of(ids[0]).stream()
			.filter((o) -> o.subjectId() == ids[1] && o.kind() == ObligationKind.AGREEMENT_NOTICE_DEADLINE)
			.findFirst()
			.orElseThrow();
		assertThat(notice.dueDate()).as("the passed deadline rolled on to the next term's")
			.isEqualTo(new AgreementTerms(day0.minusDays(275), day0.plusDays(90), true, 12, 60).on(day0.plusDays(31))
				.nextNoticeDeadline())
			.isAfter(day0.plusDays(300));
		assertThat(notice.done()).isFalse();
		assertThat(of(ids[0]).stream().filter((o) -> o.subjectId() == ids[2]).map(Obligation::title))
			.as("an agreement with nothing due is not re-read")
			.containsOnly("left alone");
	}

	private List<Obligation> of(long vendorId) {
		return this.obligations.search(new ObligationQuery(null, null, vendorId, null, null, true, false), 100);
	}

	private static AgreementDetails details(LocalDate day0, LocalDate expires) {
		return new AgreementDetails(AgreementKind.BAA, AgreementStatus.EXECUTED, day0.minusDays(275), expires, true,
				12, 60, 30, BreachNoticeUnit.CALENDAR_DAYS, day0.minusDays(280), "Pat Signer", null, null);
	}

}
