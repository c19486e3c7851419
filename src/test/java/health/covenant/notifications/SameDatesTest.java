package health.covenant.notifications;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import health.covenant.IntegrationTest;
import health.covenant.ParksOtherTestsObligations;
import health.covenant.TestClock;
import health.covenant.agreements.AgreementDetails;
import health.covenant.agreements.AgreementKind;
import health.covenant.agreements.AgreementService;
import health.covenant.agreements.AgreementStatus;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static health.covenant.WebTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The agreement page and the reminder e-mail about it write the same deadline the same way. */
@IntegrationTest
@ExtendWith(ParksOtherTestsObligations.class)
class SameDatesTest {

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
	MockMvc mvc;

	@Autowired
	ObligationService obligations;

	@AfterEach
	void restore() {
		this.clock.reset();
	}

	@Test
	void thePageAndTheMailShowTheNoticeDeadlineAlike() throws Exception {
		String tag = Long.toString(System.nanoTime(), 36);
		LocalDate day0 = this.clock.today();
		long[] ids = new long[2];
		UserSummary[] owner = new UserSummary[1];
		SystemActor.runAs(() -> {
			owner[0] = this.users.createUser("dates-owner-" + tag + "@covenant.test", "Dates Owner " + tag,
					"not-used-password-1", Set.of(Role.LEGAL), TestClock.ZONE);
			ids[0] = this.vendors.register(VendorDetails.named("Dated Scribe " + tag, PhiAccess.PHI));
			// expires in 90 days with 60 days' notice: the last day to give notice is in 30 days
			ids[1] = this.agreements.create(ids[0],
					new AgreementDetails(AgreementKind.BAA, AgreementStatus.EXECUTED, day0.minusDays(275),
							day0.plusDays(90), true, 12, 60, 30, BreachNoticeUnit.CALENDAR_DAYS, day0.minusDays(280),
							"Pat Signer", owner[0].id(), null));
		});
		String deadline = this.dates.date(day0.plusDays(30));
		assertThat(deadline).isEqualTo("23 Dec 2026");

		// the agreement's obligations follow it by event, not by the daily run
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.obligations
				.search(new ObligationQuery(null, null, ids[0], null, null, false, false), 10)
				.isEmpty());
		this.capture.start();
		this.capture.clear();
		this.engine.run();
		this.sender.sendDue();
		MailCapture.CapturedMessage mail = this.capture.messages()
			.stream()
			.filter((m) -> m.to().contains(owner[0].email()) && m.subject().contains("last day to give notice"))
			.findFirst()
			.orElseThrow();
		this.capture.clear();
		String page = this.mvc.perform(get("/agreements/" + ids[1]).with(as(Role.LEGAL)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(mail.subject()).contains(deadline);
		assertThat(mail.text()).contains(deadline);
		assertThat(mail.html()).contains(deadline);
		assertThat(page).contains(deadline);
	}

}
