package health.covenant.identity;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.identity.mfa.SecondFactorService;
import health.covenant.identity.mfa.Totp;
import health.covenant.shared.SystemActor;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A signed-in session follows the account: it ends when the account loses rights or grows too old. */
@IntegrationTest
class SessionRevocationTest {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	SecondFactorService secondFactors;

	/** Authenticator secrets of the users whose role requires a second factor (enrolled on creation). */
	private final Map<String, String> secrets = new HashMap<>();

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private String newUser(Role... roles) {
		String email = "session-" + UUID.randomUUID() + "@covenant.test";
		SystemActor.runAs(() -> this.users.createUser(email, "Session User", PASSWORD, EnumSet.of(roles[0], roles),
				TestClock.ZONE));
		if (this.secondFactors.status(email).required()) {
			String secret = this.secondFactors.offer(email).secret();
			this.secondFactors.confirm(email, secret, Totp.code(secret, this.clock.instant())).orElseThrow();
			this.secrets.put(email, secret);
		}
		return email;
	}

	/** Signs in through the form and returns the session cookie, checking that it works. */
	private Cookie signIn(String email) throws Exception {
		Cookie session = this.mvc.perform(formLogin("/login").user(email).password(PASSWORD))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		if (this.secrets.containsKey(email)) {
			// The enrolment used this time step's code: the sign-in gives the next one.
			String code = Totp.code(this.secrets.get(email), this.clock.instant().plusSeconds(30));
			Cookie full = this.mvc.perform(post("/login/code").cookie(session).with(csrf()).param("code", code))
				.andReturn()
				.getResponse()
				.getCookie("SESSION");
			session = full == null ? session : full;
		}
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		return session;
	}

	private void expectSignInPage(Cookie session) throws Exception {
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	private long sessionsOf(String email) {
		return this.jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

	private void updateAsAdmin(String email, Set<Role> roles, boolean enabled) {
		SystemActor.runAs(() -> {
			ManagedUser user = this.users.managedUser(this.users.findByEmail(email).orElseThrow().id());
			this.users.update(user.id(), user.version(), user.displayName(), roles, enabled);
		});
	}

	@Test
	void disablingAUserEndsTheirSessions() throws Exception {
		String email = newUser(Role.LEGAL);
		Cookie session = signIn(email);
		assertThat(sessionsOf(email)).isEqualTo(1);
		updateAsAdmin(email, EnumSet.of(Role.LEGAL), false);
		assertThat(sessionsOf(email)).isZero();
		expectSignInPage(session);
	}

	@Test
	void aDemotedAdministratorCanNoLongerAddUsers() throws Exception {
		String email = newUser(Role.ADMIN);
		Cookie session = signIn(email);
		String first = "added-" + UUID.randomUUID() + "@covenant.test";
		this.mvc.perform(addUser(session, first)).andExpect(redirectedUrl("/admin/users"));
		assertThat(this.users.findByEmail(first)).isPresent();
		updateAsAdmin(email, EnumSet.of(Role.LEGAL), true);
		String second = "added-" + UUID.randomUUID() + "@covenant.test";
		this.mvc.perform(addUser(session, second)).andExpect(redirectedUrl("/login"));
		assertThat(this.users.findByEmail(second)).isEmpty();
	}

	private static org.springframework.test.web.servlet.RequestBuilder addUser(Cookie session, String email) {
		return post("/admin/users").cookie(session)
			.with(csrf())
			.param("email", email)
			.param("displayName", "Added Person")
			.param("roles", "ADMIN")
			.param("password", "tangerine ladder orbit");
	}

	@Test
	void resettingThePasswordEndsTheSessions() throws Exception {
		String email = newUser(Role.PROCUREMENT);
		Cookie session = signIn(email);
		SystemActor.runAs(() -> this.users.resetPassword(this.users.findByEmail(email).orElseThrow().id(),
				"tangerine ladder orbit"));
		assertThat(sessionsOf(email)).isZero();
		expectSignInPage(session);
	}

	@Test
	void everyRequestChecksThatTheAccountIsStillEnabled() throws Exception {
		String email = newUser(Role.LEGAL);
		Cookie session = signIn(email);
		this.jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE email = ?").param(email).update();
		expectSignInPage(session);
	}

	@Test
	void everyRequestChecksThatTheRolesAreUnchanged() throws Exception {
		String email = newUser(Role.ADMIN, Role.LEGAL);
		Cookie session = signIn(email);
		this.mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isOk());
		this.jdbc.sql("DELETE FROM app_user_role WHERE role = 'ADMIN' AND user_id = (SELECT id FROM app_user WHERE email = ?)")
			.param(email)
			.update();
		this.mvc.perform(get("/admin/users").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anEndedSessionSendsAnHtmxRequestToTheSignInPage() throws Exception {
		String email = newUser(Role.LEGAL);
		Cookie session = signIn(email);
		this.jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE email = ?").param(email).update();
		this.mvc.perform(get("/").cookie(session).header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login?expired"));
	}

	@Test
	void aSessionEndsTwelveHoursAfterSignInHoweverActive() throws Exception {
		String email = newUser(Role.AUDITOR);
		Cookie session = signIn(email);
		this.clock.advance(Duration.ofHours(11).plusMinutes(59));
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		this.clock.advance(Duration.ofMinutes(2));
		expectSignInPage(session);
	}

}
