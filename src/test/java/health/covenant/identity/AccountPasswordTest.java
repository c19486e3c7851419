package health.covenant.identity;

import java.util.EnumSet;
import java.util.UUID;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.audit.AuditQuery;
import health.covenant.audit.AuditService;
import health.covenant.shared.SystemActor;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static health.covenant.WebTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /account/password}: a user changes their own password; weak passwords are refused everywhere. */
@IntegrationTest
class AccountPasswordTest {

	private static final String PASSWORD = "correct horse battery";

	private static final String NEW_PASSWORD = "tangerine ladder orbit";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	AuditService audit;

	private String newUser() {
		String email = "pw-" + UUID.randomUUID() + "@covenant.test";
		SystemActor.runAs(() -> this.users.createUser(email, "Password User", PASSWORD, EnumSet.of(Role.LEGAL),
				TestClock.ZONE));
		return email;
	}

	private Cookie signIn(String email, String password) throws Exception {
		return this.mvc.perform(formLogin("/login").user(email).password(password))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private static MockHttpServletRequestBuilder change(String current, String next, String confirmation) {
		return post("/account/password").with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmation", confirmation);
	}

	private long audited(String action, String email) {
		return this.audit.search(new AuditQuery("User", null, action, email, null, null), PageRequest.of(0, 5))
			.getTotalElements();
	}

	@Test
	void thePageIsLinkedFromTheAccountMenu() throws Exception {
		this.mvc.perform(get("/account/password").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/account/password\"")))
			.andExpect(content().string(containsString("name=\"currentPassword\"")))
			.andExpect(content().string(containsString("name=\"confirmation\"")));
	}

	@Test
	void changingTheOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
		String email = newUser();
		Cookie here = signIn(email, PASSWORD);
		Cookie elsewhere = signIn(email, PASSWORD);
		this.mvc.perform(change(PASSWORD, NEW_PASSWORD, NEW_PASSWORD).cookie(here))
			.andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/").cookie(here)).andExpect(status().isOk());
		this.mvc.perform(get("/").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andExpect(unauthenticated());
		signIn(email, NEW_PASSWORD);
		assertThat(audited("USER_PASSWORD_CHANGED", email)).isEqualTo(1);
	}

	@Test
	void aWrongCurrentPasswordIsShownNextToTheFieldAndAudited() throws Exception {
		String email = newUser();
		this.mvc.perform(change("not my password", NEW_PASSWORD, NEW_PASSWORD).with(user(email).roles("LEGAL")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"currentPassword-error\"")))
			.andExpect(content().string(containsString("This is not your current password.")));
		assertThat(audited("USER_PASSWORD_CHANGE_FAILED", email)).isEqualTo(1);
		signIn(email, PASSWORD);
	}

	@Test
	void differentConfirmationIsRefused() throws Exception {
		String email = newUser();
		this.mvc.perform(change(PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x").with(user(email).roles("LEGAL")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"confirmation-error\"")))
			.andExpect(content().string(containsString("The two new passwords differ.")));
		signIn(email, PASSWORD);
	}

	@Test
	void aCommonPasswordOrOneWithTheEMailNameIsRefused() throws Exception {
		String email = newUser();
		String local = email.substring(0, email.indexOf('@'));
		for (String weak : new String[] { "qwertyuiop123", "Password2026!", local + "-mine" }) {
			this.mvc.perform(change(PASSWORD, weak, weak).with(user(email).roles("LEGAL")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("id=\"newPassword-error\"")));
		}
		signIn(email, PASSWORD);
	}

	@Test
	void anAdministratorCannotSetACommonPasswordEither() throws Exception {
		String email = newUser();
		long id = this.users.findByEmail(email).orElseThrow().id();
		this.mvc.perform(post("/admin/users/{id}/password", id).with(as(Role.ADMIN)).with(csrf())
			.param("password", "administrator"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("one of the most common passwords")));
		String added = "pw-" + UUID.randomUUID() + "@covenant.test";
		this.mvc.perform(post("/admin/users").with(as(Role.ADMIN)).with(csrf())
			.param("email", added)
			.param("displayName", "Weak Password")
			.param("roles", "LEGAL")
			.param("password", "1qaz2wsx3edc"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("one of the most common passwords")));
		assertThat(this.users.findByEmail(added)).isEmpty();
		signIn(email, PASSWORD);
	}

}
