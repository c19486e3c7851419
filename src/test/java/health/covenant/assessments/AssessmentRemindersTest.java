package health.covenant.assessments;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * "Assessment due" through the reminder engine: the security officer hears about it on the rule's days
 * (90, 60, 30, 7 and 0 days before), and completing the assessment completes the obligation.
 */
@ExtendWith(RemindsOnlyThisTest.class)
@IntegrationTest
class AssessmentRemindersTest {

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
	AssessmentService assessments;

	@Autowired
	ObligationService obligations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecurityOfficerHearsBeforeTheAssessmentIsDueUntilItIsCompleted() {
		String tag = Long.toString(System.nanoTime(), 36);
		LocalDate day0 = this.clock.today();
		String vendorName = "Assessed Scribe " + tag;
		UserSummary officer = TestUsers.create(this.users, "assessment-officer", tag, Role.SECURITY_OFFICER);
		long[] ids = new long[2];
		SystemActor.runAs(() -> {
			ids[0] = this.vendors.register(VendorDetails.named(vendorName, PhiAccess.PHI));
			this.vendors.changeStatus(ids[0], this.vendors.getView(ids[0]).version(), LifecycleStatus.ONBOARDING);
			ids[1] = this.assessments.start(new AssessmentService.Start(ids[0], AssessmentKind.INITIAL, null, null,
					officer.id(), day0.plusDays(8)));
		});
		LocalDate due = day0.plusDays(8);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> open(ids[0]).stream().anyMatch((o) -> o.dueDate().equals(due)));
		Obligation first = open(ids[0]).get(0);
		assertThat(first.kind()).isEqualTo(ObligationKind.ASSESSMENT_DUE);
		assertThat(first.title()).isEqualTo("Assessment of " + vendorName + " due");

		this.capture.start();
		this.capture.clear();
		List<String> received = new ArrayList<>();
		for (int d = 0; d <= 12; d++) {
			this.clock.setDate(day0.plusDays(d));
			if (d == 10) {
				SystemActor.runAs(() -> {
					answerAll(ids[1]);
					this.assessments.complete(ids[1], this.assessments.get(ids[1]).version());
				});
				LocalDate next = day0.plusDays(10).plusMonths(12);
				await().atMost(Duration.ofSeconds(10))
					.until(() -> open(ids[0]).stream().allMatch((o) -> o.dueDate().equals(next)));
			}
			this.engine.run();
			this.sender.sendDue();
			for (MailCapture.CapturedMessage message : this.capture.messages()) {
				if (message.to().contains(officer.email()) && message.subject().contains("Assessment of " + vendorName)) {
					received.add("d" + d);
				}
			}
			this.capture.clear();
		}
		// due on day 8: a first notice when it appears, offset 7 on day 1, offset 0 on day 8, overdue on day 9;
		// completed on day 10, so nothing follows (the next one is a year away)
		assertThat(received).containsExactly("d0", "d1", "d8", "d9");
		assertThat(this.jdbc.sql("SELECT done FROM obligation WHERE obligation_key = ?")
			.param("assessment:" + ids[0] + ":after:none")
			.query(Boolean.class)
			.single()).as("the obligation before the first assessment is done").isTrue();
	}

	private void answerAll(long id) {
		for (AssessmentViews.SectionView section : this.assessments.detail(id).sections()) {
			Map<String, AssessmentService.AnswerInput> answers = new LinkedHashMap<>();
			section.questions()
				.forEach((q) -> answers.put(q.question().code(), new AssessmentService.AnswerInput(AnswerValue.YES, null)));
			this.assessments.saveSection(id, section.code(), answers);
		}
	}

	private List<Obligation> open(long vendorId) {
		return this.obligations.search(new ObligationQuery(null, null, vendorId, null, null, false, false), 10)
			.stream()
			.filter((o) -> o.kind() == ObligationKind.ASSESSMENT_DUE)
			.toList();
	}

}
