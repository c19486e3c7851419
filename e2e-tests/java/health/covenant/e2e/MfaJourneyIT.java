package health.covenant.e2e;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import health.covenant.TestClock;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.mfa.Totp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Multi-factor sign-in in the browser: enrolment with the app, sign-in with a code, admin reset. */
@EndToEnd
class MfaJourneyIT {

	@Autowired
	TestClock clock;

	@Autowired
	UserService users;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	/** The code an authenticator app shows for this secret, by the application's clock. */
	private String code(String secret, Duration offset) {
		return Totp.code(secret.replace(" ", ""), Clock.offset(this.clock, offset).instant());
	}

	@Test
	void aUserSetsUpTheAppSignsInWithACodeAndAnAdministratorResetsIt(Browser browser) {
		String email = browser.signInAs(Role.LEGAL);

		// Set up the app from the sign-in security page: QR code plus the key in text.
		browser.clickAndWaitForPage(browser.find(By.linkText("Sign-in security")));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Sign-in security");
		browser.clickAndWaitForPage(browser.find(By.linkText("Set up an authenticator app")));
		assertThat(browser.find(By.cssSelector("img.qr-code")).getAttribute("src")).startsWith("data:image/png;base64,");
		String secret = browser.text(By.id("secret"));

		browser.find(By.id("code")).sendKeys(code(secret, Duration.ofMinutes(-5)));
		browser.clickAndWaitForPage(browser.find(By.cssSelector("main form button[type=submit]")));
		assertThat(browser.text(By.cssSelector("[role=alert]"))).contains("did not match");
		assertThat(browser.text(By.id("secret"))).as("same key until confirmed").isEqualTo(secret);

		browser.find(By.id("code")).sendKeys(code(secret, Duration.ZERO));
		browser.clickAndWaitForPage(browser.find(By.cssSelector("main form button[type=submit]")));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Recovery codes");
		assertThat(browser.findAll(By.cssSelector(".recovery-codes li"))).hasSize(10);
		browser.clickAndWaitForPage(browser.find(By.linkText("I have saved them")));
		assertThat(browser.text(By.tagName("main"))).contains("On").contains("10 unused recovery codes left");

		// Sign out, then in again: the password is not enough.
		browser.signOut();
		browser.signIn(email, Browser.PASSWORD);
		assertThat(browser.currentPath()).isEqualTo("/login/code");
		assertThat(browser.isPresent(By.cssSelector("nav.mainnav"))).isFalse();
		browser.open("/agreements");
		assertThat(browser.currentPath()).isEqualTo("/login/code");

		browser.find(By.id("code")).sendKeys(code(secret, Duration.ZERO));
		browser.clickAndWaitForPage(browser.find(By.cssSelector("form[action$='/login/code'] button[type=submit]")));
		assertThat(browser.text(By.cssSelector("[role=alert]"))).as("the code that confirmed enrolment is spent")
			.contains("did not work");
		browser.find(By.id("code")).sendKeys(code(secret, Duration.ofSeconds(30)));
		browser.clickAndWaitForPage(browser.find(By.cssSelector("form[action$='/login/code'] button[type=submit]")));
		assertThat(browser.currentPath()).isEqualTo("/");
		assertThat(browser.text(By.cssSelector(".whoami"))).isEqualTo(email);

		// An administrator (who must use the app too) resets it after a confirmation page.
		browser.reset();
		String admin = browser.signInAs(Role.ADMIN);
		long id = this.users.findByEmail(email).orElseThrow().id();
		browser.open("/admin/users/" + id + "/edit");
		browser.clickAndWaitForPage(browser.find(By.linkText("Reset second factor")));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Reset the second factor of " + email);
		browser.clickAndWaitForPage(browser.find(By.cssSelector("form[action$='/second-factor/reset'] button")));
		assertThat(browser.currentPath()).isEqualTo("/admin/users");
		assertThat(browser.text(By.cssSelector("[role=status]"))).contains("Second factor of " + email + " reset");

		browser.open("/audit?action=MFA_RESET");
		assertThat(browser.text(By.tagName("main"))).contains(admin).contains(email);

		// The user signs in with the password alone again (optional for their role).
		browser.reset();
		browser.signIn(email, Browser.PASSWORD);
		assertThat(browser.currentPath()).isEqualTo("/");
	}

	@Test
	void aSecurityOfficerMustSetUpTheAppBeforeAnythingElse(Browser browser) {
		String email = browser.createUser(Role.SECURITY_OFFICER);
		browser.signIn(email, Browser.PASSWORD);
		assertThat(browser.currentPath()).isEqualTo("/login/enrol");
		assertThat(browser.pageText()).contains("Your role requires a second factor");
		browser.open("/vendors");
		assertThat(browser.currentPath()).isEqualTo("/login/enrol");

		browser.enrolAuthenticatorApp(email);
		Matcher first = Pattern.compile("[a-z2-9]{5}-[a-z2-9]{5}").matcher(browser.text(By.cssSelector(".recovery-codes")));
		assertThat(first.find()).isTrue();
		browser.clickAndWaitForPage(browser.find(By.linkText("I have saved them")));
		assertThat(browser.currentPath()).isEqualTo("/");

		// A recovery code stands in for the app, once.
		browser.signOut();
		browser.signIn(email, Browser.PASSWORD);
		browser.find(By.id("code")).sendKeys(first.group());
		browser.clickAndWaitForPage(browser.find(By.cssSelector("form[action$='/login/code'] button[type=submit]")));
		assertThat(browser.currentPath()).isEqualTo("/");
	}

}
