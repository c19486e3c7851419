package health.covenant.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Issue 10, audit dates, in a real browser: a PHI vendor in onboarding, never audited, is due 90 days after
 * it came into service; the security officer records an on-site audit with its report, the vendor page
 * shows the next audit due a cadence (12 months) after it, and /obligations shows the "Audit due".
 */
@EndToEnd
class VendorAuditsJourneyIT {

	@Autowired
	VendorService vendors;

	@Autowired
	TestClock clock;

	@Test
	void theSecurityOfficerRecordsAnAuditWithItsReportAndSeesTheNextAuditDue(Browser browser) throws IOException {
		String name = "Cobalt Scribe " + UUID.randomUUID().toString().substring(0, 6);
		long[] id = new long[1];
		SystemActor.runAs(() -> {
			id[0] = this.vendors.register(VendorDetails.named(name, PhiAccess.PHI));
			this.vendors.changeStatus(id[0], this.vendors.getView(id[0]).version(), LifecycleStatus.ONBOARDING);
		});
		long vendorId = id[0];
		LocalDate today = this.clock.today();

		browser.signInAs(Role.SECURITY_OFFICER);
		browser.open("/vendors/" + vendorId);
		assertThat(browser.find(By.cssSelector("#next-due time")).getAttribute("datetime"))
			.as("never audited: 90 days after it came into service")
			.isEqualTo(today.plusDays(90).toString());
		assertThat(browser.text(By.id("last-audit"))).contains("Never audited");

		// Record an on-site audit performed 11 months ago, with its report
		browser.clickAndWaitForPage(browser.find(By.id("record-audit")));
		LocalDate performed = today.minusMonths(11);
		new Select(browser.find(By.id("kind"))).selectByValue("ON_SITE");
		setDate(browser, "performedOn", performed);
		type(browser, "auditor", "Northbridge Assurance LLP");
		new Select(browser.find(By.id("result"))).selectByValue("PASSED_WITH_FINDINGS");
		type(browser, "scope", "Hosting, access control and incident response");
		Path pdf = Files.createTempFile("audit-report-", ".pdf");
		Files.writeString(pdf, minimalPdf(), StandardCharsets.ISO_8859_1);
		browser.find(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
		browser.clickAndWaitForPage(browser.find(By.id("save-audit")));
		Files.deleteIfExists(pdf);
		assertThat(browser.currentPath()).matches("/certifications/audits/\\d+(#.*)?");
		assertThat(browser.text(By.id("document-table"))).contains(pdf.getFileName().toString());
		browser.checkPage();

		// The vendor page shows the next audit due: 12 months (default for PHI) after the audit
		LocalDate due = performed.plusMonths(12);
		browser.open("/vendors/" + vendorId);
		assertThat(browser.find(By.cssSelector("#next-due time")).getAttribute("datetime")).isEqualTo(due.toString());
		assertThat(browser.text(By.id("audit-cadence"))).contains("12 months").contains("default for vendors with PHI");
		assertThat(browser.text(By.id("vendor-audit-table"))).contains("Northbridge Assurance LLP")
			.contains("Passed with findings");

		// The list of vendor audits has it among the audits due within 90 days
		browser.open("/certifications/audits?due=WITHIN&within=90&vendor=" + vendorId);
		assertThat(browser.find(By.cssSelector("#audit-row-" + vendorId + " .next-due time")).getAttribute("datetime"))
			.isEqualTo(due.toString());
		browser.checkPage();

		// /obligations shows the audit due (the obligation follows the audit by event, after the commit)
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
			browser.open("/obligations?owner=any&vendor=" + vendorId);
			return browser.pageText().contains("Audit of " + name);
		});
		WebElement row = browser.find(By.xpath("//tr[.//a[text()='Audit of " + name + "']]"));
		assertThat(row.getText()).contains("Audit due");
	}

	private static String minimalPdf() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""";
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
