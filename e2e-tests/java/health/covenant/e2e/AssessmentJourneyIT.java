package health.covenant.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import health.covenant.identity.Role;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 11, assessments, in a real browser: the security officer starts an initial assessment from the
 * vendor page, attaches an evidence document to an answer, answers it section by section (htmx saves,
 * keyboard on the radio buttons), is refused completion while a question is unanswered, completes it and
 * sees the score explained: capped by the critical "No" on encryption at rest, whose finding then shows on
 * /findings and as a remediation due on /obligations.
 */
@EndToEnd
class AssessmentJourneyIT {

	@Autowired
	VendorService vendors;

	private static Path evidencePdf() {
		try {
			Path dir = Files.createTempDirectory("assessment-evidence");
			Path file = dir.resolve("kms-design.pdf");
			Files.writeString(file, "%PDF-1.4\n% key management description\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
			file.toFile().deleteOnExit();
			dir.toFile().deleteOnExit();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void theSecurityOfficerStartsAndCompletesAnAssessmentAndSeesTheScoreExplained(Browser browser) {
		String name = "Quartz Scribe " + UUID.randomUUID().toString().substring(0, 6);
		long[] id = new long[1];
		SystemActor.runAs(() -> {
			id[0] = this.vendors.register(VendorDetails.named(name, PhiAccess.PHI));
			this.vendors.changeStatus(id[0], this.vendors.getView(id[0]).version(), LifecycleStatus.ONBOARDING);
		});

		browser.signInAs(Role.SECURITY_OFFICER);
		browser.open("/vendors/" + id[0]);
		assertThat(browser.text(By.id("latest-score"))).contains("Never assessed");
		browser.clickAndWaitForPage(browser.find(By.id("start-assessment")));
		browser.checkPage();
		browser.clickAndWaitForPage(browser.find(By.id("start")));
		assertThat(browser.currentPath()).matches("/assessments/\\d+(#.*)?");
		assertThat(browser.text(By.id("assessment-status"))).contains("Draft");
		assertThat(browser.text(By.id("progress"))).contains("0 of ");
		browser.checkPage();

		// an evidence document for encryption at rest, uploaded from the section's own form
		new Select(browser.find(By.id("evidence-question-TECHNICAL_SAFEGUARDS"))).selectByValue("TS-03");
		browser.find(By.id("evidence-file-TECHNICAL_SAFEGUARDS")).sendKeys(evidencePdf().toString());
		browser.clickAndWaitForPage(browser.find(By.id("evidence-upload-TECHNICAL_SAFEGUARDS")));
		assertThat(browser.text(By.id("evidence-TS-03"))).contains("kms-design.pdf");
		browser.checkPage();

		// the first question by keyboard: focus "Yes", then arrow to "Partly"
		WebElement first = browser.find(By.id("a-DG-01-YES"));
		first.sendKeys(Keys.SPACE);
		first.sendKeys(Keys.ARROW_RIGHT);
		assertThat(browser.find(By.id("a-DG-01-PARTLY")).isSelected()).isTrue();

		// answer every section "Yes" except encryption at rest (critical) "No", leaving one question for later
		List<WebElement> sections = browser.findAll(By.cssSelector("details.questionnaire-section"));
		assertThat(sections).hasSize(7);
		for (WebElement section : sections) {
			String sectionId = section.getAttribute("id");
			browser.js("arguments[0].querySelectorAll('input[type=radio][value=YES]').forEach((r) => {"
					+ " if (r.id !== 'a-DG-01-YES' && r.id !== 'a-AI-11-YES') { r.checked = true; } });", section);
			if (sectionId.equals("section-TECHNICAL_SAFEGUARDS")) {
				browser.find(By.id("a-TS-03-NO")).click();
				browser.find(By.id("n-TS-03")).sendKeys("Encryption at rest only on the primary database");
			}
			String code = sectionId.substring("section-".length());
			browser.htmx(() -> browser.find(By.id("save-" + code)).click());
			assertThat(browser.text(By.cssSelector("#" + sectionId + " .section-saved"))).contains("Saved");
		}
		assertThat(browser.text(By.id("progress"))).doesNotContain("0 of ");
		browser.checkPage();

		// completing with AI-11 unanswered is refused and names it
		browser.clickAndWaitForPage(browser.find(By.id("complete")));
		assertThat(browser.text(By.id("incomplete"))).contains("1 question(s) unanswered").contains("AI-11");

		browser.find(By.id("a-AI-11-YES")).click();
		browser.htmx(() -> browser.find(By.id("save-AI_GOVERNANCE")).click());
		browser.clickAndWaitForPage(browser.find(By.id("complete")));
		assertThat(browser.text(By.id("assessment-status"))).contains("Completed");
		assertThat(browser.text(By.id("assessment-score"))).isEqualTo("40 / 100");
		assertThat(browser.text(By.id("assessment-explanation"))).contains("Capped at 40")
			.contains("TS-03")
			.contains("weighted points");
		assertThat(browser.isPresent(By.cssSelector("input[type=radio]"))).as("read-only once completed").isFalse();
		assertThat(browser.text(By.id("section-TECHNICAL_SAFEGUARDS"))).contains("a finding is opened for it");
		browser.checkPage();

		assertThat(browser.text(By.id("evidence-TS-03"))).as("evidence stays on the read-only view").contains("kms-design.pdf");
		assertThat(browser.isPresent(By.cssSelector("button[form=evidence-remove]"))).isFalse();

		// the critical "No" opened a finding: on /findings (vendor typed by name) and on /obligations
		browser.open("/findings?vendorName=" + name.replace(" ", "+"));
		WebElement row = browser.find(By.xpath("//tr[.//a[contains(text(), 'Is PHI encrypted at rest')]]"));
		assertThat(row.getText()).contains(name).contains("Open");
		assertThat(browser.find(By.id("vendor-name")).getAttribute("value")).isEqualTo(name);
		browser.checkPage();
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
			browser.open("/obligations?owner=any&vendorName=" + name.replace(" ", "+"));
			return browser.pageText().contains("Is PHI encrypted at rest");
		});
		assertThat(browser.find(By.xpath("//tr[.//a[contains(text(), 'Is PHI encrypted at rest')]]")).getText())
			.contains("Finding remediation due");

		browser.open("/vendors/" + id[0]);
		assertThat(browser.text(By.id("latest-score"))).contains("40 / 100");
		assertThat(browser.text(By.id("assessment-next-due"))).contains("last assessment + cadence");
	}

}
