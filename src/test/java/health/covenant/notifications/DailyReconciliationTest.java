package health.covenant.notifications;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import health.covenant.IntegrationTest;
import health.covenant.ParksOtherTestsObligations;
import health.covenant.TestClock;
import health.covenant.agreements.AgreementDetails;
import health.covenant.agreements.AgreementKind;
import health.covenant.agreements.AgreementService;
import health.covenant.agreements.AgreementStatus;
import health.covenant.agreements.AgreementTerms;
import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationDraft;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationQuery;
import health.covenant.obligations.ObligationService;
import health.covenant.obligations.TestCalendarSource;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
@ExtendWith(ParksOtherTestsObligations.class)
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

	@Autowired
	TestCalendarSource calendar;

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

		reconciledThrough(day0);
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

	@Test
	void aRenamedVendorsObligationsCarryTheNewName() {
		LocalDate day0 = this.clock.today();
		String name = "Before Rename " + System.nanoTime();
		long[] ids = new long[2];
		SystemActor.runAs(() -> {
			ids[0] = this.vendors.register(VendorDetails.named(name, PhiAccess.PHI));
			ids[1] = this.agreements.create(ids[0], details(day0, day0.plusDays(200)));
		});
		await().atMost(Duration.ofSeconds(10)).until(() -> of(ids[0]).size() == 2);
		assertThat(of(ids[0])).allSatisfy((o) -> assertThat(o.title()).contains(name));

		SystemActor.runAs(() -> this.vendors.update(ids[0], this.vendors.getView(ids[0]).version(),
				VendorDetails.named("After " + name, PhiAccess.PHI)));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> of(ids[0]).stream().allMatch((o) -> o.title().contains("After " + name)));
	}

	@Test
	void anObligationThatStaysOverdueIsRereadOnceWhenItComesDueNotEveryDayAfter() {
		LocalDate day0 = this.clock.today();
		long subject = Obligations.newSubjectId();
		this.calendar.put(subject, List.of(new ObligationDraft("test-calendar:" + subject, ObligationKind.VENDOR_AUDIT_DUE,
				day0.plusDays(20), 7, TestCalendarSource.SUBJECT_TYPE, subject, "Due " + subject, "/", null, false,
				Map.of(), null)));
		SystemActor.runAs(() -> this.obligations.refreshSubject(TestCalendarSource.SUBJECT_TYPE, subject));
		reconciledThrough(day0);
		this.calendar.readsOf(subject);

		reconcile(day0.plusDays(20));
		assertThat(this.calendar.readsOf(subject)).as("not due yet").isZero();
		reconcile(day0.plusDays(21));
		assertThat(this.calendar.readsOf(subject)).as("came due since the last run").isOne();
		reconcile(day0.plusDays(22));
		reconcile(day0.plusDays(40));
		assertThat(this.calendar.readsOf(subject)).as("overdue since before the last run").isZero();
		reconcile(day0.plusDays(10));
		assertThat(this.calendar.readsOf(subject)).as("a clock set back: everything due before the day").isZero();
		reconcile(day0.plusDays(30));
		assertThat(this.calendar.readsOf(subject)).as("after a clock set back").isOne();
	}

	private void reconcile(LocalDate day) {
		SystemActor.runAs(() -> this.obligations.reconcile(day));
	}

	/** As if the daily run for {@code day} had been the last. */
	private void reconciledThrough(LocalDate day) {
		reconciledThrough("Agreement", day);
		reconciledThrough(TestCalendarSource.SUBJECT_TYPE, day);
	}

	private void reconciledThrough(String subjectType, LocalDate day) {
		this.jdbc.sql("""
				INSERT INTO obligation_reconciliation (subject_type, reconciled_through) VALUES (?, ?)
				ON CONFLICT (subject_type) DO UPDATE SET reconciled_through = EXCLUDED.reconciled_through""")
			.params(subjectType, day)
			.update();
	}

	private List<Obligation> of(long vendorId) {
		return this.obligations.search(new ObligationQuery(null, null, vendorId, null, null, true, false), 100);
	}

	private static AgreementDetails details(LocalDate day0, LocalDate expires) {
		return new AgreementDetails(AgreementKind.BAA, AgreementStatus.EXECUTED, day0.minusDays(275), expires, true,
				12, 60, 30, BreachNoticeUnit.CALENDAR_DAYS, day0.minusDays(280), "Pat Signer", null, null);
	}

}
