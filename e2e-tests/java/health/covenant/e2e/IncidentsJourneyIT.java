package health.covenant.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import health.covenant.ParksOtherTestsObligations;
import health.covenant.TestClock;
import health.covenant.identity.Role;
import health.covenant.notifications.MailCapture;
import health.covenant.notifications.NotificationSender;
import health.covenant.notifications.ReminderEngine;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 13, breach clocks, in a real browser: the security officer records a vendor's breach of 700 people in
 * Colorado and Texas from the vendor page; the incident page shows what the vendor owed and what we owe to
 * whom by when (Colorado's 30 days flagged for legal review); legal sees the deadlines on /obligations and
 * receives the reminder by e-mail, and records the Colorado notice, which completes it.
 */
@EndToEnd
@ExtendWith(ParksOtherTestsObligations.class)
class IncidentsJourneyIT {

	@Autowired
	VendorService vendors;

	@Autowired
	TestClock clock;

	@Autowired
	ReminderEngine engine;

	@Autowired
	NotificationSender sender;

	@Autowired
	MailCapture capture;

	@Test
	void securityRecordsABreachAndLegalSeesAndMeetsItsDeadlines(Browser browser) {
		String name = "Leaky Scribe " + UUID.randomUUID().toString().substring(0, 6);
		long[] id = new long[1];
		SystemActor.runAs(() -> {
			id[0] = this.vendors.register(VendorDetails.named(name, PhiAccess.PHI));
			this.vendors.changeStatus(id[0], this.vendors.getView(id[0]).version(), LifecycleStatus.ONBOARDING);
		});
		long vendorId = id[0];
		LocalDate today = this.clock.today();
		LocalDate reported = today.minusDays(2);

		browser.signInAs(Role.SECURITY_OFFICER);
		browser.open("/vendors/" + vendorId);
		browser.waitForHtmx();
		assertThat(browser.text(By.id("vendor-commitment"))).contains("No executed BAA in force");
		browser.clickAndWaitForPage(browser.find(By.id("record-incident")));
		new Select(browser.find(By.id("kind"))).selectByValue("BREACH_OF_UNSECURED_PHI");
		type(browser, "description", "Storage bucket exposed transcripts");
		setDate(browser, "vendorDiscoveredOn", reported.minusDays(5));
		setDate(browser, "reportedOn", reported);
		browser.find(By.id("phiInvolved")).click();
		type(browser, "individualsAffected", "700");
		new Select(browser.find(By.id("states0.stateCode"))).selectByValue("CO");
		type(browser, "states0.residents", "400");
		new Select(browser.find(By.id("states1.stateCode"))).selectByValue("TX");
		type(browser, "states1.residents", "300");
		browser.clickAndWaitForPage(browser.find(By.id("save-incident")));
		assertThat(browser.currentPath()).matches("/incidents/\\d+(#.*)?");
		String incidentPath = browser.currentPath().replaceFirst("#.*", "");

		// what the vendor owed (164.410's 60 days without a BAA: met) and what we owe, to whom, by when
		assertThat(browser.text(By.id("sla-result"))).contains("Met");
		assertThat(browser.text(By.id("notice-state-CO"))).contains("Residents of CO")
			.contains("needs legal review")
			.contains("C.R.S. 6-1-716");
		assertThat(browser.find(By.cssSelector("#notice-state-CO time")).getAttribute("datetime"))
			.isEqualTo(reported.plusDays(30).toString());
		assertThat(browser.find(By.cssSelector("#notice-individuals time")).getAttribute("datetime"))
			.isEqualTo(reported.plusDays(60).toString());
		assertThat(browser.text(By.id("notice-hhs"))).contains("45 CFR 164.408(b)");
		assertThat(browser.isPresent(By.id("notice-media"))).as("no state has more than 500").isFalse();
		assertThat(browser.text(By.id("timeline-table"))).contains("Last day for the vendor to report it to us");
		browser.checkPage();
		browser.signOut();
		// (the obligation done once its notice is recorded: IncidentServiceTest, IncidentRemindersTest)

		// legal sees the deadlines on /obligations (they follow the incident by event, after the commit)
		String legal = browser.signInAs(Role.LEGAL);
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
			browser.open("/obligations?owner=any&vendor=" + vendorId);
			return browser.pageText().contains("Breach at " + name + ": notify the residents of CO");
		});
		assertThat(browser.pageText()).contains("Breach at " + name + ": notify the individuals")
			.contains("Breach at " + name + ": notify HHS");
		WebElement row = browser.find(By.xpath("//tr[.//a[text()='Breach at " + name + ": notify the residents of CO']]"));
		assertThat(row.getText()).contains("Breach notice under state law");
		browser.checkPage();

		// and is reminded by e-mail: Colorado's 30 days start today, the first reminder (30 days ahead) is due
		this.capture.start();
		this.capture.clear();
		this.engine.run();
		this.sender.sendDue();
		assertThat(this.capture.messages())
			.filteredOn((m) -> m.to().contains(legal))
			.extracting(MailCapture.CapturedMessage::subject)
			.anySatisfy((subject) -> assertThat(subject).contains("Breach at " + name + ": notify the residents of CO"));

		// legal records the Colorado notice on the incident page
		browser.open(incidentPath);
		setDate(browser, "notified-state-CO", today);
		browser.clickAndWaitForPage(browser.find(By.cssSelector("#notice-state-CO button")));
		assertThat(browser.text(By.id("notice-state-CO"))).contains("given on");
		assertThat(browser.find(By.cssSelector("#notice-individuals input[type=date]")).isDisplayed()).isTrue();
	}

	private static void type(Browser browser, String id, String text) {
		WebElement field = browser.find(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private static void setDate(Browser browser, String id, LocalDate date) {
		browser.js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
				browser.find(By.id(id)), date.toString());
	}

}
