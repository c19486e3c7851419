package health.covenant.identity;

import java.util.EnumSet;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.shared.SystemActor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Headers and redirects a probe of the running app looks at: nothing taken from the Host header. */
@IntegrationTest
class SecurityHeadersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Test
	void theSignInRedirectIgnoresTheHostHeader() throws Exception {
		this.mvc.perform(get("/vendors").header("Host", "evil.example"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/login"));
	}

	@Test
	void afterSignInTheRedirectToThePageFirstAskedForIgnoresTheHostHeader() throws Exception {
		String email = "user-" + UUID.randomUUID() + "@covenant.test";
		SystemActor.runAs(() -> this.users.createUser(email, "Test User", "correct horse battery",
				EnumSet.of(Role.AUDITOR), TestClock.ZONE));
		// Spring Session keeps the page first asked for in the session of the SESSION cookie
		Cookie session = this.mvc.perform(get("/vendors?q=acme").header("Host", "evil.example"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");

		MvcResult signIn = this.mvc
			.perform(post("/login").param("username", email)
				.param("password", "correct horse battery")
				.header("Host", "evil.example")
				.cookie(session)
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();

		String location = signIn.getResponse().getHeader("Location");
		assertThat(location).startsWith("/vendors?q=acme").doesNotContain("evil.example");
	}

	@Test
	void everyAnswerCarriesAPermissionsPolicyThatAllowsOnlyPasskeys() throws Exception {
		String policy = this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("Permissions-Policy");

		assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()",
				"publickey-credentials-get=(self)", "publickey-credentials-create=(self)");
	}

	@Test
	void aSecureRequestGetsHsts() throws Exception {
		MvcResult secure = this.mvc.perform(get("/login").secure(true)).andExpect(status().isOk()).andReturn();

		assertThat(secure.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=31536000");
	}

	@Test
	void aPlainHttpRequestGetsNoHsts() throws Exception {
		MvcResult plain = this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();

		assertThat(plain.getResponse().getHeader("Strict-Transport-Security")).isNull();
	}

}
