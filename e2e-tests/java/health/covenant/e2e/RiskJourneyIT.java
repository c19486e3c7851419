package health.covenant.e2e;

import java.util.UUID;

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
 * Issue 12, risk, in a real browser: a PHI vendor goes into service without a BAA, its tier rises to
 * Critical and waits in the review queue; the security officer opens it from the queue, sees why, tries
 * an override without a justification (refused, input kept), overrides it with one; the vendor list,
 * the register and the vendor page show the override, and the audit log the decision.
 */
@EndToEnd
class RiskJourneyIT {

	@Autowired
	VendorService vendors;

	@Test
	void aTierIncreaseIsReviewedAndOverriddenWithAJustification(Browser browser) {
		String name = "Onyx Scribe " + UUID.randomUUID().toString().substring(0, 6);
		long[] id = new long[1];
		SystemActor.runAs(() -> {
			id[0] = this.vendors.register(VendorDetails.named(name, PhiAccess.PHI));
			this.vendors.changeStatus(id[0], this.vendors.getView(id[0]).version(), LifecycleStatus.ONBOARDING);
		});
		long vendorId = id[0];

		browser.signInAs(Role.SECURITY_OFFICER);
		browser.open("/risk/queue");
		WebElement row = browser.find(By.id("risk-queue-row-" + vendorId));
		assertThat(row.getText()).contains(name).contains("Tier rose").contains("Critical");

		browser.clickAndWaitForPage(row.findElement(By.linkText(name)));
		assertThat(browser.currentPath()).isEqualTo("/risk/vendors/" + vendorId);
		assertThat(browser.text(By.id("risk-gates"))).contains("no executed, current BAA");
		assertThat(browser.text(By.id("risk-control-table"))).contains("No executed BAA in force");
		assertThat(browser.text(By.id("risk-awaiting"))).contains("Tier rose");

		// an override without a justification is refused; the chosen tier stays selected
		browser.find(By.id("decision-override")).click();
		new Select(browser.find(By.id("tier"))).selectByValue("HIGH");
		browser.clickAndWaitForPage(browser.find(By.cssSelector("#risk-review-form button[type=submit]")));
		assertThat(browser.text(By.id("justification-error"))).contains("Give a justification");
		assertThat(new Select(browser.find(By.id("tier"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("HIGH");

		WebElement justification = browser.find(By.id("justification"));
		justification.sendKeys("BAA signed on paper, countersignature in transit; reviewed with legal.");
		browser.clickAndWaitForPage(browser.find(By.cssSelector("#risk-review-form button[type=submit]")));
		assertThat(browser.currentPath()).isEqualTo("/risk/vendors/" + vendorId);
		assertThat(browser.text(By.id("risk-override-note"))).contains("computed: Critical");
		assertThat(browser.text(By.id("risk-reviews-table"))).contains("Overridden").contains("countersignature");
		assertThat(browser.isPresent(By.id("risk-awaiting"))).isFalse();

		// the vendor list (filtered to the overridden tier), the register and the vendor page show the override
		browser.open("/vendors?tier=HIGH&q=" + name.replace(' ', '+'));
		assertThat(browser.find(By.id("vendor-row-" + vendorId)).getText()).contains("High").contains("overridden");
		browser.open("/risk?tier=HIGH");
		assertThat(browser.find(By.id("risk-row-" + vendorId)).getText()).contains("High").contains("override");
		browser.open("/risk/queue");
		assertThat(browser.isPresent(By.id("risk-queue-row-" + vendorId))).isFalse();
		browser.open("/vendors/" + vendorId);
		browser.check((driver) -> !driver.findElements(By.id("vendor-risk-override")).isEmpty());
		assertThat(browser.text(By.id("vendor-risk-summary"))).contains("High").contains("override");

		// the audit log has the decision with its before and after
		browser.open("/audit?entityType=VendorRisk&entityId=" + vendorId);
		assertThat(browser.pageText()).contains("Overrode risk tier of " + name).contains("CRITICAL");
	}

}
