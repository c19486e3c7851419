package health.covenant.identity;

import java.util.EnumSet;
import java.util.List;
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
import org.springframework.test.web.servlet.MvcResult;

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
	void wrongPasswordsWithAUnicodeSpacePaddedNameLockTheAccount() throws Exception {
		String email = newUser(Role.LEGAL);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user(email + "\u2003").password("wrong"))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin("/login").user(email).password("correct horse battery"))
			.andExpect(unauthenticated());
		long userId = this.users.findByEmail(email).orElseThrow().id();
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE action = 'SIGN_IN_FAILED' AND actor = ? AND entity_id = ?")
			.params(email, String.valueOf(userId))
			.query(Long.class)
			.single()).isEqualTo(6);
	}

	@Test
	void signInNameIsNormalisedLikeTheStoredEMail() throws Exception {
		String email = newUser(Role.LEGAL);
		this.mvc.perform(formLogin("/login").user("\u00a0" + email.toUpperCase(java.util.Locale.ROOT) + "\u200b")
			.password("correct horse battery")).andExpect(authenticated().withUsername(email));
	}

	@Test
	void aLongPaddedNameWithAWrongPasswordIsAnOrdinaryFailureOfThatUser() throws Exception {
		String email = newUser(Role.LEGAL);
		this.mvc.perform(formLogin("/login").user(email + "\u2003".repeat(300)).password("wrong"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		assertThat(this.audit
			.search(new AuditQuery("User", null, "SIGN_IN_FAILED", email, null, null), PageRequest.of(0, 5))
			.getContent()).singleElement().satisfies((event) -> assertThat(event.summary()).contains("bad credentials"));
	}

	@Test
	void aNameLongerThanTheColumnIsRefusedAsAnOrdinaryFailedSignIn() throws Exception {
		String prefix = "long-" + UUID.randomUUID();
		String name = prefix + "x".repeat(300) + "@covenant.test";
		this.mvc.perform(formLogin("/login").user(name).password("wrong"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'SIGN_IN_FAILED' AND actor LIKE ?")
			.param(prefix + "%")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void parallelWrongPasswordsAreAllOrdinaryFailuresAndLockTheAccount() throws Exception {
		String email = newUser(Role.LEGAL);
		int attempts = 12;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(attempts);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				outcomes.add(pool.submit(() -> {
					start.await();
					MvcResult result = this.mvc.perform(formLogin("/login").user(email).password("wrong")).andReturn();
					return result.getResponse().getStatus() + " " + result.getResponse().getRedirectedUrl();
				}));
			}
			start.countDown();
			for (java.util.concurrent.Future<String> outcome : outcomes) {
				assertThat(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("302 /login?error");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("SELECT locked_until > ? FROM app_user WHERE email = ?")
			.params(java.sql.Timestamp.from(this.clock.instant()), email)
			.query(Boolean.class)
			.single()).isTrue();
		this.mvc.perform(formLogin("/login").user(email).password("correct horse battery"))
			.andExpect(unauthenticated());
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
