package health.covenant.e2e;

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

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, assessments, in a real browser: the security officer starts an initial assessment from the
 * vendor page, answers it section by section (htmx saves, keyboard on the radio buttons), is refused
 * completion while a question is unanswered, completes it and sees the score explained: capped by the
 * critical "No" on encryption at rest.
 */
@EndToEnd
class AssessmentJourneyIT {

	@Autowired
	VendorService vendors;

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

		browser.open("/vendors/" + id[0]);
		assertThat(browser.text(By.id("latest-score"))).contains("40 / 100");
		assertThat(browser.text(By.id("assessment-next-due"))).contains("last assessment + cadence");
	}

}
