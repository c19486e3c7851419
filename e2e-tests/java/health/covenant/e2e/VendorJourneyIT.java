package health.covenant.e2e;

import java.util.Map;
import java.util.UUID;

import health.covenant.identity.Role;
import health.covenant.shared.SystemActor;
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
 * Issue 2 in a real browser: procurement registers an AI vendor with its AI profile and a
 * sub-processor, finds it by typing part of its name, edits it, and an admin sees the change in the
 * audit log; an auditor sees the vendor without edit controls, and a forged POST is refused.
 */
@EndToEnd
class VendorJourneyIT {

	@Autowired
	VendorService vendors;

	@Test
	void procurementRegistersFindsAndEditsAVendorAndAnAdminSeesTheChangeAudited(Browser browser) {
		String token = UUID.randomUUID().toString().substring(0, 6);
		String name = "Quillscribe " + token + " Ambient";

		// Register
		browser.signInAs(Role.PROCUREMENT);
		browser.open("/vendors");
		browser.clickAndWaitForPage(browser.find(By.id("register-vendor")));
		assertThat(browser.currentPath()).isEqualTo("/vendors/new");
		type(browser, "name", name);
		type(browser, "legalName", "Quillscribe " + token + ", Inc.");
		type(browser, "website", "https://quillscribe.example");
		new Select(browser.find(By.id("serviceCategory"))).selectByValue("CLINICAL_DOCUMENTATION");
		new Select(browser.find(By.id("phiAccess"))).selectByValue("PHI");
		type(browser, "hostingRegions", "US");
		type(browser, "description", "Ambient scribe that drafts visit notes from exam-room audio.");

		// A vendor with PHI access needs a record volume and a security contact: the form says so at
		// each field, keeps what was typed, and saves nothing.
		browser.clickAndWaitForPage(browser.find(By.id("save-vendor")));
		assertThat(browser.text(By.cssSelector("#vendor-form [role=alert]"))).contains("Nothing was saved");
		assertThat(browser.isPresent(By.id("recordVolume-error"))).isTrue();
		assertThat(browser.find(By.id("recordVolume")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.isPresent(By.id("securityContactEmail-error"))).isTrue();
		assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo(name);
		assertThat(this.vendors.nameTaken(name, null)).isFalse();

		new Select(browser.find(By.id("recordVolume"))).selectByValue("FROM_10K_TO_100K");
		type(browser, "securityContactName", "Dana Whitfield");
		type(browser, "securityContactEmail", "security@quillscribe.example");
		browser.clickAndWaitForPage(browser.find(By.id("save-vendor")));
		assertThat(browser.currentPath()).matches("/vendors/\\d+");
		long id = Long.parseLong(browser.currentPath().substring("/vendors/".length()));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(name);
		assertThat(browser.text(By.id("section-data"))).contains("US");

		// AI profile: selects, numbers, a date, check boxes
		browser.clickAndWaitForPage(browser.find(By.id("edit-ai-profile")));
		new Select(browser.find(By.id("systemType"))).selectByValue("AMBIENT_SCRIBE");
		new Select(browser.find(By.id("fdaStatus"))).selectByValue("NONE");
		new Select(browser.find(By.id("phiTraining"))).selectByValue("NO");
		new Select(browser.find(By.id("decisionRole"))).selectByValue("INFORMS");
		type(browser, "promptRetentionDays", "30");
		type(browser, "dsiSourceAttributes", "12");
		tick(browser, "biasTested");
		setDate(browser, "biasTestedOn", "2026-10-01");
		browser.clickAndWaitForPage(browser.find(By.id("save-ai-profile")));
		assertThat(browser.currentPath()).matches("/vendors/" + id + "(#.*)?");
		String aiProfile = browser.text(By.id("section-ai"));
		assertThat(aiProfile).containsIgnoringCase("ambient scribe")
			.contains("30 days")
			.contains("1 Oct 2026")
			.contains("12");

		// One sub-processor, added inline with htmx (the page does not reload)
		WebElement page = browser.find(By.tagName("html"));
		type(browser, "subprocessorName", "Foundation Model API " + token);
		type(browser, "subprocessorService", "Speech-to-text and summarisation");
		type(browser, "subprocessorRegion", "US");
		tick(browser, "subprocessorDownstreamBaa");
		browser.htmx(() -> browser.find(By.id("add-subprocessor")).click());
		assertThat(ExpectedConditions.stalenessOf(page).apply(browser.driver())).as("page reloaded").isFalse();
		assertThat(browser.text(By.id("subprocessor-table"))).contains("Foundation Model API " + token);
		browser.checkPage();

		// Find it by typing part of its name (search as you type, debounced)
		browser.open("/vendors");
		browser.htmx(() -> browser.find(By.id("q")).sendKeys("scribe " + token));
		assertThat(browser.currentPath()).contains("q=scribe");
		assertThat(browser.findAll(By.cssSelector("#vendor-results tbody tr"))).singleElement()
			.satisfies((row) -> assertThat(row.getText()).contains(name));
		browser.checkPage();

		// Edit it
		browser.clickAndWaitForPage(browser.find(By.linkText(name)));
		browser.clickAndWaitForPage(browser.find(By.id("edit-vendor")));
		assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo(name);
		new Select(browser.find(By.id("phiAccess"))).selectByValue("LIMITED_DATA_SET");
		type(browser, "hostingRegions", "US, CA");
		browser.clickAndWaitForPage(browser.find(By.id("save-vendor")));
		assertThat(browser.currentPath()).matches("/vendors/" + id + "(#.*)?");
		assertThat(browser.text(By.id("section-data"))).contains("US, CA");

		// An admin sees the change, field by field, in the audit log
		browser.signOut();
		browser.signInAs(Role.ADMIN);
		browser.open("/audit?entityType=Vendor&entityId=" + id);
		String log = browser.text(By.id("audit-results"));
		assertThat(log).contains("VENDOR_CREATED").contains("AI_PROFILE_UPDATED").contains("SUBPROCESSOR_ADDED")
			.contains("VENDOR_UPDATED");
		WebElement update = browser.find(By.xpath("//tr[.//span[text()='VENDOR_UPDATED']]"));
		update.findElement(By.tagName("summary")).click();
		browser.check(ExpectedConditions.visibilityOf(update.findElement(By.cssSelector("details table"))));
		assertThat(update.findElement(By.cssSelector("details table")).getText()).contains("hostingRegions")
			.contains("US, CA")
			.contains("phiAccess");
		browser.checkPage();
	}

	@Test
	void anAuditorSeesTheVendorWithoutEditControlsAndAForgedPostIsRefused(Browser browser) {
		String name = "Radiant Reads " + UUID.randomUUID().toString().substring(0, 6);
		long[] id = new long[1];
		SystemActor.runAs(() -> id[0] = this.vendors.register(VendorDetails.named(name, PhiAccess.PHI)));
		long version = this.vendors.getView(id[0]).version();

		browser.signInAs(Role.AUDITOR);
		browser.open("/vendors");
		assertThat(browser.isPresent(By.id("register-vendor"))).isFalse();
		browser.open("/vendors/" + id[0]);
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(name);
		assertThat(browser.isPresent(By.id("edit-vendor"))).isFalse();
		assertThat(browser.isPresent(By.id("edit-ai-profile"))).isFalse();
		assertThat(browser.isPresent(By.id("subprocessor-form"))).isFalse();
		assertThat(browser.findAll(By.cssSelector("form[action*='/status']"))).isEmpty();
		assertThat(browser.findAll(By.cssSelector("main form[method=post]"))).isEmpty();

		// Forged from the page itself, with the auditor's session and a valid CSRF token
		Map<String, String> edit = Map.of("name", name + " (forged)", "phiAccess", "NONE", "version",
				String.valueOf(version));
		assertThat(browser.postFromPage("/vendors/" + id[0], edit)).isEqualTo(403);
		assertThat(browser.postFromPage("/vendors", Map.of("name", "Forged " + name, "phiAccess", "NONE")))
			.isEqualTo(403);
		assertThat(browser.postFromPage("/vendors/" + id[0] + "/status",
				Map.of("status", "ONBOARDING", "version", String.valueOf(version))))
			.isEqualTo(403);

		assertThat(this.vendors.getView(id[0]).name()).isEqualTo(name);
		assertThat(this.vendors.nameTaken("Forged " + name, null)).isFalse();
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

	private static void setDate(Browser browser, String id, String isoDate) {
		browser.js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
				browser.find(By.id(id)), isoDate);
	}

}
