package health.covenant.e2e;

import health.covenant.identity.Role;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's frame in a real browser: sign-in, audit log, error pages, sign-out, CSP. */
@EndToEnd
class FrameJourneyIT {

	@Test
	void wrongPasswordShowsTheErrorAndTheRightOneLandsOnTheDashboard(Browser browser) {
		String email = browser.createUser(Role.PROCUREMENT);

		browser.open("/login");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Sign in to Covenant");

		browser.signIn(email, "not the password");
		assertThat(browser.currentPath()).isEqualTo("/login?error");
		assertThat(browser.text(By.cssSelector("[role=alert]"))).contains("Wrong e-mail or password");
		assertThat(browser.cookie("SESSION")).isNotNull();

		browser.signIn(email, Browser.PASSWORD);
		assertThat(browser.currentPath()).isEqualTo("/");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Dashboard");
		assertThat(browser.text(By.cssSelector(".whoami"))).isEqualTo(email);
	}

	@Test
	void adminSeesTheSignInInTheAuditLogAndVerifiesTheChain(Browser browser) {
		String email = browser.signInAs(Role.ADMIN);

		browser.clickAndWaitForPage(browser.find(By.cssSelector("nav.mainnav a[href='/audit']")));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Audit log");

		// Filter by actor: search as you type (htmx, debounced), the URL follows the query.
		browser.htmx(() -> browser.find(By.id("actor")).sendKeys(email));
		assertThat(browser.currentPath()).contains("actor=");
		assertThat(browser.text(By.id("audit-results"))).contains("SIGN_IN").contains(email);
		browser.checkPage();

		browser.htmx(() -> browser.find(By.cssSelector("form[action$='/audit/verify'] button")).click());
		assertThat(browser.text(By.id("verification"))).startsWith("Chain intact");
		browser.checkPage();
	}

	@Test
	void auditorSeesTheAuditLog(Browser browser) {
		browser.signInAs(Role.AUDITOR);
		browser.open("/audit");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Audit log");
		assertThat(browser.isPresent(By.cssSelector("nav.mainnav a[href='/audit']"))).isTrue();
	}

	@Test
	void procurementGetsTheFriendlyForbiddenPage(Browser browser) {
		browser.signInAs(Role.PROCUREMENT);
		assertThat(browser.isPresent(By.cssSelector("nav.mainnav a[href='/audit']"))).isFalse();

		browser.open("/audit");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Not allowed");
		assertThat(browser.pageText()).containsPattern("Reference: [0-9A-F]{8}");
		ErrorPageText.assertNoTechnicalDetails(browser.pageSource());
	}

	@Test
	void unknownAddressGivesTheNotFoundPageWithAReference(Browser browser) {
		browser.signInAs(Role.LEGAL);
		browser.open("/no/such/page");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Not found");
		assertThat(browser.pageText()).containsPattern("Reference: [0-9A-F]{8}");
		ErrorPageText.assertNoTechnicalDetails(browser.pageSource());

		browser.clickAndWaitForPage(browser.find(By.linkText("Back to the dashboard")));
		assertThat(browser.currentPath()).isEqualTo("/");
	}

	@Test
	void signOutEndsTheSession(Browser browser) {
		browser.signInAs(Role.SECURITY_OFFICER);
		browser.clickAndWaitForPage(browser.find(By.cssSelector("form[action$='/logout'] button")));
		assertThat(browser.currentPath()).isEqualTo("/login?logout");
		assertThat(browser.text(By.cssSelector(".login-card [role=status]"))).isEqualTo("You have signed out.");

		browser.open("/audit");
		assertThat(browser.currentPath()).isEqualTo("/login");
	}

	@Test
	void anExpiredSessionDuringAnHtmxRequestLoadsTheSignInPage(Browser browser) {
		browser.signInAs(Role.AUDITOR);
		browser.open("/audit");
		browser.driver().manage().deleteCookieNamed("SESSION");

		browser.find(By.id("actor")).sendKeys("someone");
		browser.check(ExpectedConditions.urlContains("/login?expired"));
		browser.check((driver) -> "complete".equals(browser.js("return document.readyState")));
		assertThat(browser.text(By.cssSelector(".login-card [role=status]"))).contains("session ended");
		assertThat(browser.isPresent(By.id("audit-results"))).isFalse();
		browser.checkPage();
	}

	@Test
	void framePagesCauseNoContentSecurityPolicyViolations(Browser browser) {
		browser.open("/login");
		Assumptions.assumeTrue(browser.consoleLogReadable(),
				"ChromeDriver does not provide the browser console log: CSP check from the console skipped");
		browser.signInAs(Role.ADMIN);
		browser.open("/audit");
		browser.open("/no/such/page");
		assertThat(browser.cspViolations()).isEmpty();

		// The detector itself works: an inline script is refused by the policy and reported.
		browser.js("var s = document.createElement('script'); s.textContent = 'window.inlineRan = true;';"
				+ " document.body.appendChild(s);");
		assertThat(browser.js("return window.inlineRan === true")).isEqualTo(false);
		java.util.List<String> reported = browser.check((driver) -> {
			java.util.List<String> violations = browser.cspViolations();
			return violations.isEmpty() ? null : violations;
		});
		assertThat(reported).anySatisfy((violation) -> assertThat(violation).contains("script-src"));
	}

}
