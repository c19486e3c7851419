package health.covenant.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Issue 10 in a real browser: a PHI vendor in service without assurance; the security officer adds its
 * SOC 2 Type II report with the signed PDF and marks it verified, the vendor's assurance changes to that
 * report with the day it goes stale, and the stale-date obligation shows on /obligations.
 */
@EndToEnd
class CertificationsJourneyIT {

	@Autowired
	VendorService vendors;

	@Autowired
	TestClock clock;

	@Test
	void theSecurityOfficerUploadsASoc2ReportMarksItVerifiedAndSeesTheAssuranceAndItsStaleDate(Browser browser)
			throws IOException {
		String name = "Lumen Triage AI " + UUID.randomUUID().toString().substring(0, 6);
		long[] id = new long[1];
		SystemActor.runAs(() -> {
			id[0] = this.vendors.register(VendorDetails.named(name, PhiAccess.PHI));
			this.vendors.changeStatus(id[0], this.vendors.getView(id[0]).version(), LifecycleStatus.ONBOARDING);
		});
		long vendorId = id[0];

		browser.signInAs(Role.SECURITY_OFFICER);
		browser.open("/vendors/" + vendorId);
		assertThat(browser.find(By.id("vendor-assurance")).getAttribute("data-assured")).isEqualTo("false");
		assertThat(browser.isPresent(By.id("vendor-assurance-missing"))).isTrue();

		// Add the SOC 2 Type II report: the period ended 11 months ago, so it goes stale in about a month
		browser.clickAndWaitForPage(browser.find(By.id("add-certification")));
		LocalDate periodEnd = this.clock.today().minusMonths(11);
		new Select(browser.find(By.id("type"))).selectByValue("SOC2_TYPE2");
		type(browser, "issuer", "A-LIGN");
		type(browser, "scope", "Triage platform and its hosting");
		setDate(browser, "periodStart", periodEnd.minusMonths(12).plusDays(1));
		setDate(browser, "periodEnd", periodEnd);
		setDate(browser, "reportDate", periodEnd.plusDays(30));
		browser.find(By.id("verified")).click();
		Path pdf = Files.createTempFile("soc2-report-", ".pdf");
		Files.writeString(pdf, minimalPdf(), StandardCharsets.ISO_8859_1);
		browser.find(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
		browser.clickAndWaitForPage(browser.find(By.id("save-certification")));
		Files.deleteIfExists(pdf);
		assertThat(browser.currentPath()).matches("/certifications/\\d+(#.*)?");
		long certificationId = Long.parseLong(browser.currentPath().replaceAll("^/certifications/(\\d+).*$", "$1"));
		assertThat(browser.text(By.id("document-table"))).contains(pdf.getFileName().toString());
		assertThat(browser.text(By.id("verified"))).contains("security");
		LocalDate lastDay = periodEnd.plusMonths(12);
		assertThat(browser.find(By.cssSelector("#valid-until time")).getAttribute("datetime"))
			.isEqualTo(lastDay.toString());
		assertThat(browser.text(By.id("rule-applied"))).contains("stale 12 months after the period ends");
		browser.checkPage();

		// The vendor's assurance is that report now, expiring on its last day
		browser.open("/vendors/" + vendorId);
		WebElement assurance = browser.find(By.id("vendor-assurance"));
		assertThat(assurance.getAttribute("data-assured")).isEqualTo("true");
		assertThat(assurance.getText()).contains("SOC 2 Type II");
		assertThat(browser.find(By.cssSelector("#vendor-assurance .cert-state")).getAttribute("data-state"))
			.isEqualTo("EXPIRING");
		assertThat(browser.isPresent(By.id("vendor-assurance-missing"))).isFalse();

		// The stale date is an obligation, listed with the vendor's
		browser.open("/obligations?owner=any&vendor=" + vendorId);
		WebElement row = browser.find(By.xpath("//tr[td/a[@href='/certifications/" + certificationId + "']]"));
		assertThat(row.getText()).contains("Certification lapses", name);
		assertThat(row.findElement(By.cssSelector("time")).getAttribute("datetime")).isEqualTo(lastDay.toString());

		// and the certifications list shows it among those expiring
		browser.open("/certifications?state=EXPIRING&vendor=" + vendorId);
		assertThat(browser.isPresent(By.id("certification-row-" + certificationId))).isTrue();
		browser.checkPage();
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
