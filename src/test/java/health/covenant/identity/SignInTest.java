package health.covenant.identity;

import java.util.EnumSet;
import java.util.UUID;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.audit.AuditQuery;
import health.covenant.audit.AuditService;
import health.covenant.shared.SystemActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignInTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	AuditService audit;

	@Autowired
	TestClock clock;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private String newUser(Role... roles) {
		String email = "user-" + UUID.randomUUID() + "@covenant.test";
		SystemActor.runAs(() -> this.users.createUser(email, "Test User", "correct horse battery",
				EnumSet.of(roles[0], roles), TestClock.ZONE));
		return email;
	}

	@Test
	void signInWithRightPasswordIsAudited() throws Exception {
		String email = newUser(Role.LEGAL);
		this.mvc.perform(formLogin("/login").user(email).password("correct horse battery"))
			.andExpect(authenticated().withUsername(email).withRoles("LEGAL"))
			.andExpect(redirectedUrl("/"));
		assertThat(this.audit.search(new AuditQuery("User", null, "SIGN_IN", email, null, null), PageRequest.of(0, 5))
			.getTotalElements()).isEqualTo(1);
	}

	@Test
	void wrongPasswordIsRefusedAndAudited() throws Exception {
		String email = newUser(Role.PROCUREMENT);
		this.mvc.perform(formLogin("/login").user(email).password("wrong"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		assertThat(this.audit
			.search(new AuditQuery("User", null, "SIGN_IN_FAILED", email, null, null), PageRequest.of(0, 5))
			.getContent()).singleElement().satisfies((event) -> assertThat(event.summary()).contains("bad credentials"));
	}

	@Test
	void fiveFailuresLockTheAccountForFifteenMinutes() throws Exception {
		String email = newUser(Role.AUDITOR);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user(email).password("wrong")).andExpect(unauthenticated());
		}
		this.mvc.perform(formLogin("/login").user(email).password("correct horse battery"))
			.andExpect(unauthenticated());
		this.clock.advance(java.time.Duration.ofMinutes(16));
		this.mvc.perform(formLogin("/login").user(email).password("correct horse battery"))
			.andExpect(authenticated());
	}

	@Test
	void sessionsLiveInPostgresAndEndAfterFifteenIdleMinutes() throws Exception {
		String email = newUser(Role.LEGAL);
		this.mvc.perform(formLogin("/login").user(email).password("correct horse battery"))
			.andExpect(authenticated());
		Integer idleSeconds = this.jdbc
			.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = ?")
			.param(email)
			.query(Integer.class)
			.single();
		assertThat(idleSeconds).isEqualTo(15 * 60);
	}

	@Test
	void pagesNeedSignIn() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void expiredSessionDuringHtmxRequestRedirectsTheWholePage() throws Exception {
		this.mvc.perform(get("/audit").header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login?expired"));
	}

	@Test
	void signInFromAStaleFormIsRefusedAndSentBackToTheSignInPage() throws Exception {
		String email = newUser(Role.LEGAL);
		this.mvc.perform(post("/login").param("username", email).param("password", "correct horse battery"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void anyOtherPostWithoutCsrfTokenIsForbidden() throws Exception {
		this.mvc.perform(post("/audit/verify").with(health.covenant.WebTestSupport.as(Role.ADMIN)))
			.andExpect(status().isForbidden());
	}

	@Test
	void securityHeadersAreSet() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>"))));
	}

}
