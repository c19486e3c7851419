package health.covenant.identity.mfa;

import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.audit.AuditQuery;
import health.covenant.audit.AuditService;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.shared.SystemActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static health.covenant.WebTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signing in with a second factor, over MockMvc with the real session (Spring Session cookie). */
@IntegrationTest
class SecondFactorSignInTest {

	static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	SecondFactorService secondFactors;

	@Autowired
	AuditService audit;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	/** One browser: keeps the session cookie from answer to answer. */
	final class Visitor {

		private Cookie session;

		MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
			if (this.session != null) {
				request.cookie(this.session);
			}
			MvcResult result = SecondFactorSignInTest.this.mvc.perform(request.with(csrf())).andReturn();
			Cookie fresh = result.getResponse().getCookie("SESSION");
			if (fresh != null) {
				this.session = fresh;
			}
			return result;
		}

		MvcResult signIn(String email) throws Exception {
			return send(post("/login").param("username", email).param("password", PASSWORD));
		}

		String redirect(MockHttpServletRequestBuilder request) throws Exception {
			return send(request).getResponse().getRedirectedUrl();
		}

	}

	private String newUser(Role... roles) {
		String email = "mfa-" + UUID.randomUUID() + "@covenant.test";
		SystemActor.runAs(() -> this.users.createUser(email, "Test User", PASSWORD, EnumSet.of(roles[0], roles),
				TestClock.ZONE));
		return email;
	}

	private String enrol(String email) {
		String secret = this.secondFactors.offer(email).secret();
		this.secondFactors.confirm(email, secret, Totp.code(secret, this.clock.instant())).orElseThrow();
		return secret;
	}

	private String nextCode(String secret) {
		return Totp.code(secret, this.clock.instant().plusSeconds(30));
	}

	private long audited(String action, String actor) {
		return this.audit.search(new AuditQuery("User", null, action, actor, null, null), PageRequest.of(0, 20))
			.getTotalElements();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ADMIN", "SECURITY_OFFICER" })
	void aRequiredRoleWithoutSecondFactorCanDoNothingButEnrol(Role role) throws Exception {
		Visitor visitor = new Visitor();
		String email = newUser(role);
		assertThat(visitor.signIn(email).getResponse().getRedirectedUrl()).isEqualTo("/login/enrol");

		for (String path : new String[] { "/", "/vendors", "/admin/users", "/audit", "/account/security",
				"/login/code" }) {
			assertThat(visitor.redirect(get(path))).as(path).isEqualTo("/login/enrol");
		}
		assertThat(visitor.send(post("/admin/users").param("email", "x@covenant.test")).getResponse().getRedirectedUrl())
			.isEqualTo("/login/enrol");
		assertThat(audited("SIGN_IN", email)).isZero();
		assertThat(audited("SIGN_IN_PASSWORD_ACCEPTED", email)).isEqualTo(1);

		MvcResult page = visitor.send(get("/login/enrol"));
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		String html = page.getResponse().getContentAsString();
		assertThat(html).contains("data:image/png;base64,");
		Matcher shown = Pattern.compile("<code id=\"secret\" class=\"secret\">([A-Z2-7 ]+)</code>").matcher(html);
		assertThat(shown.find()).as("secret shown for manual entry").isTrue();
		String secret = shown.group(1).replace(" ", "");
		assertThat(visitor.send(get("/login/enrol")).getResponse().getContentAsString())
			.as("the same secret until confirmed").contains(shown.group(1));

		MvcResult wrong = visitor.send(post("/login/enrol").param("code", "12345"));
		assertThat(wrong.getResponse().getContentAsString()).contains("did not match");
		assertThat(visitor.redirect(get("/"))).isEqualTo("/login/enrol");

		MvcResult enrolled = visitor.send(post("/login/enrol").param("code", Totp.code(secret, this.clock.instant())));
		assertThat(enrolled.getResponse().getStatus()).isEqualTo(200);
		assertThat(enrolled.getResponse().getContentAsString()).contains("Recovery codes");
		assertThat(visitor.send(get("/")).getResponse().getStatus()).isEqualTo(200);
		assertThat(visitor.send(get("/audit")).getResponse().getStatus()).isEqualTo(200);
		assertThat(audited("SIGN_IN", email)).isEqualTo(1);
	}

	@Test
	void anEnrolledUserSignsInWithPasswordAndCode() throws Exception {
		Visitor visitor = new Visitor();
		String email = newUser(Role.LEGAL);
		String secret = enrol(email);
		assertThat(visitor.signIn(email).getResponse().getRedirectedUrl()).isEqualTo("/login/code");
		assertThat(visitor.redirect(get("/agreements"))).isEqualTo("/login/code");
		assertThat(visitor.send(get("/login/code")).getResponse().getContentAsString()).contains("Enter your sign-in code");

		assertThat(visitor.redirect(post("/login/code").param("code", nextCode(secret)))).isEqualTo("/");
		assertThat(visitor.send(get("/agreements")).getResponse().getStatus()).isEqualTo(200);
		assertThat(visitor.send(get("/login/code")).getResponse().getStatus()).as("only while pending").isEqualTo(403);
		assertThat(audited("SIGN_IN", email)).isEqualTo(1);
	}

	@Test
	void aRecoveryCodeStandsInForTheAppOnce() throws Exception {
		String email = newUser(Role.PROCUREMENT);
		String secret = this.secondFactors.offer(email).secret();
		String recovery = this.secondFactors.confirm(email, secret, Totp.code(secret, this.clock.instant()))
			.orElseThrow()
			.get(0);
		Visitor first = new Visitor();
		first.signIn(email);
		assertThat(first.redirect(post("/login/code").param("code", recovery))).isEqualTo("/");
		Visitor second = new Visitor();
		second.signIn(email);
		assertThat(second.send(post("/login/code").param("code", recovery)).getResponse().getContentAsString())
			.contains("did not work");
		assertThat(audited("MFA_RECOVERY_CODE_USED", email)).isEqualTo(1);
	}

	@Test
	void wrongCodesCountTowardTheLockOut() throws Exception {
		Visitor visitor = new Visitor();
		String email = newUser(Role.LEGAL);
		String secret = enrol(email);
		String wrong = nextCode(secret).equals("000000") ? "111111" : "000000";
		visitor.signIn(email);
		for (int i = 0; i < 4; i++) {
			assertThat(visitor.send(post("/login/code").param("code", wrong)).getResponse().getStatus()).isEqualTo(422);
		}
		assertThat(visitor.redirect(post("/login/code").param("code", wrong))).isEqualTo("/login?error");
		assertThat(visitor.redirect(get("/"))).as("the pending sign-in ended").endsWith("/login");

		Visitor again = new Visitor();
		assertThat(again.signIn(email).getResponse().getRedirectedUrl()).as("locked").isEqualTo("/login?error");
		assertThat(this.audit.search(new AuditQuery("User", null, "SIGN_IN_FAILED", email, null, null),
				PageRequest.of(0, 10)).getContent())
			.hasSize(6)
			.anySatisfy((event) -> assertThat(event.summary()).contains("wrong second-factor code; account locked"));
	}

	@Test
	void thePasswordAloneDoesNotResetTheFailureCount() throws Exception {
		String email = newUser(Role.LEGAL);
		String secret = enrol(email);
		String wrong = nextCode(secret).equals("000000") ? "111111" : "000000";
		for (int attempt = 0; attempt < 5; attempt++) {
			Visitor visitor = new Visitor();
			visitor.signIn(email);
			visitor.send(post("/login/code").param("code", wrong));
		}
		assertThat(new Visitor().signIn(email).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void anAdministratorResetsASecondFactorAfterConfirmingAndEndsTheSessions() throws Exception {
		Visitor user = new Visitor();
		String email = newUser(Role.LEGAL);
		long id = this.users.findByEmail(email).orElseThrow().id();
		String secret = enrol(email);
		user.signIn(email);
		user.send(post("/login/code").param("code", nextCode(secret)));
		assertThat(user.send(get("/agreements")).getResponse().getStatus()).isEqualTo(200);

		this.mvc.perform(get("/admin/users/{id}/second-factor", id).with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reset the second factor of " + email)));
		this.mvc.perform(post("/admin/users/{id}/second-factor/reset", id).with(as(Role.SECURITY_OFFICER)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.secondFactors.status(email).enrolled()).isTrue();

		this.mvc.perform(post("/admin/users/{id}/second-factor/reset", id).with(as(Role.ADMIN)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));

		assertThat(this.secondFactors.status(email).enrolled()).isFalse();
		assertThat(user.redirect(get("/agreements"))).as("signed out").endsWith("/login");
		assertThat(this.jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
			.param(email)
			.query(Integer.class)
			.single()).isZero();
		assertThat(audited("MFA_RESET", "admin@covenant.test")).isEqualTo(1);
		assertThat(new Visitor().signIn(email).getResponse().getRedirectedUrl()).as("optional for LEGAL").isEqualTo("/");
	}

}
