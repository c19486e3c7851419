package health.covenant.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import health.covenant.TestClock;
import health.covenant.identity.Role;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 11, findings, in a real browser: the security officer adds a critical finding from the vendor page,
 * finds it on /findings and as "Finding remediation due" on /obligations, then accepts the risk with a
 * justification until a date; the finding reads "Risk accepted" and its remediation obligation is done.
 */
@EndToEnd
class FindingsJourneyIT {

	@Autowired
	VendorService vendors;

	@Autowired
	TestClock clock;

	@Test
	void theSecurityOfficerAddsAFindingAndAcceptsItsRisk(Browser browser) {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String name = "Garnet Scribe " + tag;
		String title = "No MFA for support staff " + tag;
		long[] id = new long[1];
		SystemActor.runAs(() -> {
			id[0] = this.vendors.register(VendorDetails.named(name, PhiAccess.PHI));
			this.vendors.changeStatus(id[0], this.vendors.getView(id[0]).version(), LifecycleStatus.ONBOARDING);
		});
		long vendorId = id[0];
		LocalDate today = this.clock.today();

		browser.signInAs(Role.SECURITY_OFFICER);
		browser.open("/vendors/" + vendorId);
		assertThat(browser.text(By.id("vendor-findings"))).contains("No findings for this vendor.");

		// Add a critical finding from the vendor page; an empty due date takes the default (30 days)
		browser.clickAndWaitForPage(browser.find(By.id("add-finding")));
		type(browser, "title", title);
		type(browser, "description", "Support engineers reach the console with a password only.");
		new Select(browser.find(By.id("severity"))).selectByValue("CRITICAL");
		type(browser, "vendorContact", "Jo Smith, CISO");
		browser.clickAndWaitForPage(browser.find(By.id("save-finding")));
		assertThat(browser.currentPath()).matches("/findings/\\d+");
		String findingPath = browser.currentPath();
		assertThat(browser.text(By.id("finding-title"))).isEqualTo(title);
		assertThat(browser.find(By.cssSelector("#finding-due time")).getAttribute("datetime"))
			.isEqualTo(today.plusDays(30).toString());
		browser.checkPage();

		// /findings lists it, filtered by severity
		browser.open("/findings?severity=CRITICAL&status=OPEN&vendor=" + vendorId);
		WebElement row = browser.find(By.xpath("//tr[.//a[text()='" + title + "']]"));
		assertThat(row.getText()).contains(name).contains("Critical").contains("Open");
		browser.checkPage();

		// /obligations shows its remediation due (the obligation follows by event, after the commit)
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
			browser.open("/obligations?owner=any&vendor=" + vendorId);
			return browser.pageText().contains("Remediate: " + title);
		});
		assertThat(browser.find(By.xpath("//tr[.//a[contains(text(), 'Remediate: " + title + "')]]")).getText())
			.contains("Finding remediation due");

		// Accept the risk with a justification, for six months
		browser.open(findingPath);
		type(browser, "justification", "Console reachable only through the VPN, which enforces MFA.");
		setDate(browser, "expiresOn", today.plusMonths(6));
		browser.js("window.confirm = function (question) { window.confirmed = question; return true; };");
		browser.clickAndWaitForPage(browser.find(By.id("accept-risk")));
		assertThat(browser.currentPath()).isEqualTo(findingPath);
		assertThat(browser.text(By.id("finding-status"))).isEqualTo("Risk accepted");
		assertThat(browser.text(By.id("finding-justification"))).contains("enforces MFA");
		assertThat(browser.text(By.id("finding-history"))).contains("accepted until " + today.plusMonths(6));
		browser.checkPage();

		// the vendor page counts it as accepted, nothing open
		browser.open("/vendors/" + vendorId);
		assertThat(browser.text(By.id("vendor-findings-accepted"))).isEqualTo("1");
		assertThat(browser.text(By.id("vendor-findings-open"))).contains("None");
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
