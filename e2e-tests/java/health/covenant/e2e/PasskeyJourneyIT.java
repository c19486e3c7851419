package health.covenant.e2e;

import health.covenant.TestClock;
import health.covenant.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Passkeys in the browser, with Chrome's virtual authenticator (user verification by "fingerprint"). */
@EndToEnd
class PasskeyJourneyIT {

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anAdministratorAddsAPasskeyAndSignsInWithItAlone(Browser browser) {
		HasVirtualAuthenticator chrome = (HasVirtualAuthenticator) browser.driver();
		VirtualAuthenticator device = chrome.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
			.setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
			.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
			.setHasResidentKey(true)
			.setHasUserVerification(true)
			.setIsUserVerified(true)
			.setIsUserConsenting(true));
		try {
			// An administrator must give a second factor: signing in, they set up the app on the way.
			String email = browser.signInAs(Role.ADMIN);

			browser.open("/account/security");
			browser.find(By.id("passkey-label")).sendKeys("Work laptop");
			browser.clickAndWaitForPage(browser.find(By.cssSelector("form[data-passkey-register] button[type=submit]")));
			assertThat(browser.currentPath()).isEqualTo("/account/security?passkeyAdded");
			assertThat(browser.text(By.id("passkeys"))).contains("Work laptop");
			assertThat(device.getCredentials()).hasSize(1);

			// Signed out, the passkey alone signs in: no password, no code from the app.
			browser.signOut();
			String sessionBefore = browser.cookie("SESSION").getValue();
			browser.clickAndWaitForPage(browser.find(By.cssSelector("[data-passkey-sign-in]")));
			assertThat(browser.cookie("SESSION").getValue()).as("a new session id on sign-in").isNotEqualTo(sessionBefore);
			assertThat(browser.currentPath()).isEqualTo("/");
			assertThat(browser.text(By.cssSelector(".whoami"))).isEqualTo(email);
			browser.open("/admin/users");
			assertThat(browser.currentPath()).isEqualTo("/admin/users");

			browser.open("/audit?action=PASSKEY_ADDED");
			assertThat(browser.text(By.tagName("main"))).contains(email).contains("Work laptop");
		}
		finally {
			chrome.removeVirtualAuthenticator(device);
		}
	}

}
