package health.covenant.identity.mfa;

import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.audit.AuditQuery;
import health.covenant.audit.AuditService;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.shared.SystemActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Passkeys without a browser: the stores, Spring's option endpoints, the account page, removal,
 * the administrator's reset, and what a verified passkey signs in as (the WebAuthn signature check
 * itself is Spring Security's, exercised in the browser suite with a virtual authenticator).
 */
@IntegrationTest
class PasskeyTest {

	static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	PasskeyService passkeys;

	@Autowired
	UserCredentialRepository credentials;

	@Autowired
	PublicKeyCredentialUserEntityRepository userEntities;

	@Autowired
	AuthenticationEventPublisher authenticationEvents;

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

	private String newUser(Role role) {
		String email = "passkey-" + UUID.randomUUID() + "@covenant.test";
		SystemActor.runAs(() -> this.users.createUser(email, "Test User", PASSWORD, EnumSet.of(role), TestClock.ZONE));
		return email;
	}

	private PublicKeyCredentialUserEntity userEntity(String email) {
		PublicKeyCredentialUserEntity existing = this.userEntities.findByUsername(email);
		if (existing != null) {
			return existing;
		}
		PublicKeyCredentialUserEntity entity = ImmutablePublicKeyCredentialUserEntity.builder()
			.id(Bytes.random())
			.name(email)
			.displayName("Test User")
			.build();
		this.userEntities.save(entity);
		return entity;
	}

	/** Stores a passkey as Spring's registration endpoint does (signed in as its owner). */
	private String addPasskey(String email, String label) {
		Bytes id = Bytes.random();
		ImmutableCredentialRecord record = ImmutableCredentialRecord.builder()
			.credentialId(id)
			.userEntityUserId(userEntity(email).getId())
			.publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3 }))
			.signatureCount(0)
			.uvInitialized(true)
			.transports(Set.of(AuthenticatorTransport.INTERNAL))
			.backupEligible(false)
			.backupState(false)
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.created(this.clock.instant())
			.lastUsed(this.clock.instant())
			.label(label)
			.build();
		SystemActor.runAs(() -> this.credentials.save(record));
		return id.toBase64UrlString();
	}

	private long audited(String action) {
		return this.audit.search(new AuditQuery("User", null, action, null, null, null), PageRequest.of(0, 500))
			.getContent()
			.size();
	}

	private long audited(String action, String actor) {
		return this.audit.search(new AuditQuery("User", null, action, actor, null, null), PageRequest.of(0, 20))
			.getTotalElements();
	}

	@Test
	void passkeysAreStoredInTheDatabaseAndTheirAdditionIsAudited() {
		assertThat(this.credentials).isInstanceOf(AuditedUserCredentials.class);
		String email = newUser(Role.LEGAL);
		long before = audited("PASSKEY_ADDED");
		String id = addPasskey(email, "Work laptop");

		assertThat(this.jdbc.sql("SELECT label FROM user_credentials WHERE credential_id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Work laptop");
		assertThat(this.passkeys.passkeys(email)).extracting(PasskeyService.Passkey::label).containsExactly("Work laptop");
		assertThat(audited("PASSKEY_ADDED")).isEqualTo(before + 1);

		// the sign-in saves the passkey again (its counter): not a second addition
		SystemActor.runAs(() -> this.credentials.save(this.credentials.findByCredentialId(Bytes.fromBase64(id))));
		assertThat(audited("PASSKEY_ADDED")).isEqualTo(before + 1);
	}

	@Test
	void registrationOptionsAreGivenToASignedInUserOnlyAndRequireUserVerification() throws Exception {
		String email = newUser(Role.PROCUREMENT);
		this.mvc.perform(post("/webauthn/register/options").with(user(email).roles("PROCUREMENT")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rp.id").value("localhost"))
			.andExpect(jsonPath("$.rp.name").value("Covenant"))
			.andExpect(jsonPath("$.user.name").value(email))
			.andExpect(jsonPath("$.authenticatorSelection.userVerification").value("required"))
			.andExpect(jsonPath("$.challenge").isNotEmpty());
		assertThat(this.userEntities.findByUsername(email)).isNotNull();

		int status = this.mvc.perform(post("/webauthn/register/options").with(csrf())).andReturn().getResponse().getStatus();
		assertThat(status).as("no options without a sign-in").isBetween(400, 403);
	}

	@Test
	void signInOptionsAreGivenToAnyoneAndRequireUserVerification() throws Exception {
		this.mvc.perform(post("/webauthn/authenticate/options").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rpId").value("localhost"))
			.andExpect(jsonPath("$.userVerification").value("required"))
			.andExpect(jsonPath("$.challenge").isNotEmpty());
	}

	@Test
	void theSignInPageOffersAPasskeyWithoutInlineScript() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-passkey-sign-in")))
			.andExpect(content().string(containsString("/js/passkeys.js")))
			.andExpect(content().string(containsString("name=\"_csrf_header\"")))
			.andExpect(content().string(not(containsString("<script>"))));
	}

	@Test
	void theAccountPageListsTheUsersOwnPasskeysAndRemovesThemAudited() throws Exception {
		String email = newUser(Role.LEGAL);
		String other = newUser(Role.LEGAL);
		String id = addPasskey(email, "Phone of <b>me</b>");
		String othersId = addPasskey(other, "Someone else's key");

		this.mvc.perform(get("/account/security").with(user(email).roles("LEGAL")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phone of &lt;b&gt;me&lt;/b&gt;")))
			.andExpect(content().string(containsString("value=\"" + id + "\"")))
			.andExpect(content().string(containsString("data-passkey-register")))
			.andExpect(content().string(not(containsString("Someone else"))));

		this.mvc.perform(post("/account/security/passkeys/remove").param("id", othersId)
			.with(user(email).roles("LEGAL"))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(this.passkeys.passkeys(other)).hasSize(1);

		this.mvc.perform(post("/account/security/passkeys/remove").param("id", id)
			.with(user(email).roles("LEGAL"))
			.with(csrf())).andExpect(redirectedUrl("/account/security"));
		assertThat(this.passkeys.passkeys(email)).isEmpty();
		assertThat(audited("PASSKEY_REMOVED", email)).isEqualTo(1);
	}

	@Test
	void aSignInStillWaitingForItsCodeCannotAddAPasskey() throws Exception {
		String email = newUser(Role.LEGAL);
		this.mvc.perform(post("/webauthn/register").contentType("application/json")
			.content("{\"publicKey\":{\"label\":\"Sneaky\",\"credential\":{}}}")
			.with(user(email).authorities(new SimpleGrantedAuthority(SignInStage.CODE_PENDING)))
			.with(csrf())).andExpect(redirectedUrl("/login/code"));
		assertThat(this.passkeys.passkeys(email)).isEmpty();
	}

	@Test
	void springsOwnDeleteEndpointIsClosed() throws Exception {
		String email = newUser(Role.LEGAL);
		String id = addPasskey(email, "Laptop");
		this.mvc.perform(delete("/webauthn/register/{id}", id).with(user(email).roles("LEGAL")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.passkeys.passkeys(email)).hasSize(1);
	}

	@Test
	void theAdministratorsResetRemovesPasskeysToo() throws Exception {
		String email = newUser(Role.SECURITY_OFFICER);
		long id = this.users.findByEmail(email).orElseThrow().id();
		addPasskey(email, "Laptop");
		addPasskey(email, "Phone");

		this.mvc.perform(get("/admin/users/{id}/second-factor", id).with(user("keymaster@covenant.test").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("has no second factor"))));
		this.mvc.perform(post("/admin/users/{id}/second-factor/reset", id).with(user("keymaster@covenant.test").roles("ADMIN"))
			.with(csrf())).andExpect(redirectedUrl("/admin/users"));

		assertThat(this.passkeys.passkeys(email)).isEmpty();
		assertThat(this.audit.search(new AuditQuery("User", String.valueOf(id), "MFA_RESET", null, null, null),
				PageRequest.of(0, 5)).getContent()).singleElement()
			.satisfies((event) -> assertThat(String.valueOf(event.changes())).contains("passkeys"));
	}

	/** A relying party that accepts any passkey as this user's (the signature check is Spring's). */
	private ProviderManager signInAs(String email) {
		WebAuthnRelyingPartyOperations relyingParty = mock(WebAuthnRelyingPartyOperations.class);
		when(relyingParty.authenticate(any()))
			.thenReturn(userEntity(email));
		return new ProviderManager(
				new PasskeySignIn.Provider(relyingParty, this.users, this.clock, this.authenticationEvents));
	}

	private static WebAuthnAuthenticationRequestToken passkeyRequest() {
		return new WebAuthnAuthenticationRequestToken(mock(RelyingPartyAuthenticationRequest.class, RETURNS_DEEP_STUBS));
	}

	@Test
	void aPasskeyIsAFullSignInWithTheUsersRolesAuditedAndAccepted() throws Exception {
		String email = newUser(Role.ADMIN);
		long before = audited("SIGN_IN", email);

		Authentication signedIn = signInAs(email).authenticate(passkeyRequest());

		List<String> authorities = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		assertThat(authorities).contains("ROLE_ADMIN", PasskeySignIn.PASSKEY_FACTOR)
			.doesNotContain(SignInStage.CODE_PENDING, SignInStage.ENROLMENT_PENDING);
		assertThat(SignInStage.isPending(signedIn)).isFalse();
		assertThat(signedIn.getName()).isEqualTo(email);
		assertThat(audited("SIGN_IN", email)).isEqualTo(before + 1);

		// the second-factor rule for ADMIN is satisfied, and the per-request account check accepts it
		this.mvc.perform(get("/admin/users").with(authentication(signedIn))).andExpect(status().isOk());
	}

	@Test
	void aPasskeyDoesNotSignInADisabledOrLockedAccount() {
		String disabled = newUser(Role.LEGAL);
		this.jdbc.sql("UPDATE app_user SET enabled = false WHERE email = ?").param(disabled).update();
		assertThatThrownBy(() -> signInAs(disabled).authenticate(passkeyRequest())).isInstanceOf(DisabledException.class);
		assertThat(audited("SIGN_IN_FAILED", disabled)).isEqualTo(1);

		String locked = newUser(Role.LEGAL);
		this.jdbc.sql("UPDATE app_user SET locked_until = ? WHERE email = ?")
			.params(Timestamp.from(this.clock.instant().plusSeconds(600)), locked)
			.update();
		assertThatThrownBy(() -> signInAs(locked).authenticate(passkeyRequest())).isInstanceOf(LockedException.class);
		assertThat(audited("SIGN_IN_FAILED", locked)).isEqualTo(1);
	}

}
