package health.covenant.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import health.covenant.TestClock;
import health.covenant.certifications.CertificationDetails;
import health.covenant.certifications.CertificationService;
import health.covenant.certifications.CertificationType;
import health.covenant.identity.Role;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3 in a real browser: an onboarding vendor with PHI access and no BAA shows a gap; legal adds
 * an executed BAA with its signed PDF, ticks the required clauses inline (htmx), the vendor's gaps
 * disappear, and the agreements list shows the last day to give notice.
 */
@EndToEnd
class AgreementJourneyIT {

	@Autowired
	VendorService vendors;

	@Autowired
	TestClock clock;

	@Autowired
	CertificationService certifications;

	@Test
	void legalAddsABaaWithItsPdfTicksClausesAndTheVendorsGapsDisappear(Browser browser) throws IOException {
		String name = "Harbor Imaging AI " + UUID.randomUUID().toString().substring(0, 6);
		long[] id = new long[1];
		SystemActor.runAs(() -> {
			id[0] = this.vendors.register(VendorDetails.named(name, PhiAccess.PHI));
			this.vendors.changeStatus(id[0], this.vendors.getView(id[0]).version(), LifecycleStatus.ONBOARDING);
			// its third-party assurance is current: the gaps left are the agreement's
			this.certifications.create(id[0], CertificationDetails.of(CertificationType.HIPAA_ASSESSMENT, "Clearwater",
					this.clock.today().minusMonths(2)), false, null);
		});
		long vendorId = id[0];

		browser.signInAs(Role.LEGAL);
		browser.open("/vendors/" + vendorId);
		assertThat(browser.find(By.cssSelector("#vendor-agreements [data-gap=UNCOVERED_PHI_VENDOR]")).getText())
			.contains(name);

		// Add an executed, auto-renewing BAA with its signed PDF
		browser.clickAndWaitForPage(browser.find(By.id("add-agreement")));
		LocalDate effective = this.clock.today().minusMonths(1);
		LocalDate expiration = effective.plusYears(2);
		new Select(browser.find(By.id("kind"))).selectByValue("BAA");
		new Select(browser.find(By.id("status"))).selectByValue("EXECUTED");
		setDate(browser, "effectiveDate", effective);
		setDate(browser, "expirationDate", expiration);
		setDate(browser, "signedDate", effective.minusDays(3));
		type(browser, "noticePeriodDays", "90");
		tick(browser, "autoRenews");
		type(browser, "renewalTermMonths", "12");
		type(browser, "counterpartySignatory", "Chief Privacy Officer");
		Path pdf = Files.createTempFile("signed-baa-", ".pdf");
		Files.writeString(pdf, minimalPdf(), StandardCharsets.ISO_8859_1);
		browser.find(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
		new Select(browser.find(By.id("documentKind"))).selectByValue("SIGNED");
		browser.clickAndWaitForPage(browser.find(By.id("save-agreement")));
		Files.deleteIfExists(pdf);
		assertThat(browser.currentPath()).matches("/agreements/\\d+(#.*)?");
		long agreementId = Long.parseLong(browser.currentPath().replaceAll("^/agreements/(\\d+).*$", "$1"));
		assertThat(browser.text(By.id("document-table"))).contains(pdf.getFileName().toString());

		// The vendor is covered now, but the BAA lacks the required clauses
		browser.open("/vendors/" + vendorId);
		browser.find(By.id("vendor-agreements"));
		assertThat(browser.isPresent(By.cssSelector("#vendor-agreements [data-gap=UNCOVERED_PHI_VENDOR]"))).isFalse();
		assertThat(browser.isPresent(By.cssSelector("#vendor-agreements [data-gap=MISSING_REQUIRED_CLAUSES]"))).isTrue();

		// Tick every required clause as present, inline: each change saves with htmx
		browser.open("/agreements/" + agreementId);
		List<String> required = browser.findAll(By.cssSelector("#clauses .clause"))
			.stream()
			.filter((clause) -> !clause.findElements(By.cssSelector(".clause-head .tag.bad")).isEmpty())
			.map((clause) -> clause.getAttribute("id"))
			.toList();
		assertThat(required).isNotEmpty();
		for (String clause : required) {
			WebElement present = browser.find(By.id(clause + "-PRESENT"));
			browser.htmx(present::click);
			assertThat(browser.find(By.id(clause + "-PRESENT")).isSelected()).as(clause).isTrue();
		}
		browser.check(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#clause-summary .flash-success"), ""));
		browser.checkPage();

		// Saved for real (a fresh page load), and the vendor has no gap left
		browser.open("/agreements/" + agreementId);
		assertThat(browser.isPresent(By.cssSelector("#clause-summary .flash-success"))).isTrue();
		browser.open("/vendors/" + vendorId);
		assertThat(browser.find(By.id("vendor-no-gaps")).getText()).isNotBlank();

		// The agreements list shows the last day to give notice: term end minus the notice period
		browser.open("/agreements");
		WebElement deadline = browser.find(By.cssSelector("#agreement-row-" + agreementId + " .notice-deadline time"));
		assertThat(deadline.getAttribute("datetime")).isEqualTo(expiration.minusDays(90).toString());
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

	private static void tick(Browser browser, String id) {
		WebElement box = browser.find(By.id(id));
		if (!box.isSelected()) {
			box.click();
		}
	}

	private static void setDate(Browser browser, String id, LocalDate date) {
		browser.js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
				browser.find(By.id(id)), date.toString());
	}

}
