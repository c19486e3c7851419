package health.covenant.identity.mfa;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.audit.AuditQuery;
import health.covenant.audit.AuditService;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.mfa.SecondFactorService.Verification;
import health.covenant.shared.SystemActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SecondFactorServiceTest {

	@Autowired
	SecondFactorService secondFactors;

	@Autowired
	UserService users;

	@Autowired
	AuditService audit;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private String newUser(Role role) {
		String email = "mfa-" + UUID.randomUUID() + "@covenant.test";
		SystemActor.runAs(() -> this.users.createUser(email, "Test User", "correct horse battery", EnumSet.of(role),
				TestClock.ZONE));
		return email;
	}

	/** Enrols the user (with the code of the current step) and returns the secret. */
	private String enrol(String email) {
		String secret = this.secondFactors.offer(email).secret();
		assertThat(this.secondFactors.confirm(email, secret, Totp.code(secret, this.clock.instant()))).isPresent();
		return secret;
	}

	private long audited(String action, String actor) {
		return this.audit.search(new AuditQuery("User", null, action, actor, null, null), PageRequest.of(0, 20))
			.getTotalElements();
	}

	@Test
	void enrolmentNeedsACurrentCodeFromTheApp() {
		String email = newUser(Role.LEGAL);
		String secret = this.secondFactors.offer(email).secret();
		String oldCode = Totp.code(secret, this.clock.instant().minus(Duration.ofMinutes(5)));
		assertThat(this.secondFactors.confirm(email, secret, oldCode)).isEmpty();
		assertThat(this.secondFactors.status(email).enrolled()).isFalse();

		List<String> codes = this.secondFactors.confirm(email, secret, Totp.code(secret, this.clock.instant())).orElseThrow();
		assertThat(codes).hasSize(10);
		assertThat(this.secondFactors.status(email)).satisfies((status) -> {
			assertThat(status.enrolled()).isTrue();
			assertThat(status.unusedRecoveryCodes()).isEqualTo(10);
		});
		assertThat(audited("MFA_ENROLLED", email)).isEqualTo(1);
	}

	@Test
	void aCodeIsAcceptedOnceAndNoEarlierCodeAfterIt() {
		String email = newUser(Role.LEGAL);
		String secret = enrol(email);
		this.clock.advance(Duration.ofSeconds(30));
		String code = Totp.code(secret, this.clock.instant());
		assertThat(this.secondFactors.verify(email, code)).isEqualTo(Verification.AUTHENTICATOR_CODE);
		assertThat(this.secondFactors.verify(email, code)).as("replayed in the same step").isEqualTo(Verification.REJECTED);

		String previousStep = Totp.code(secret, this.clock.instant().minusSeconds(30));
		assertThat(this.secondFactors.verify(email, previousStep)).isEqualTo(Verification.REJECTED);

		String nextStep = Totp.code(secret, this.clock.instant().plusSeconds(30));
		assertThat(this.secondFactors.verify(email, nextStep)).as("clock drift of one step").isEqualTo(Verification.AUTHENTICATOR_CODE);
	}

	@Test
	void theCodeThatConfirmedEnrolmentCannotBeUsedToSignIn() {
		String email = newUser(Role.LEGAL);
		String secret = enrol(email);
		assertThat(this.secondFactors.verify(email, Totp.code(secret, this.clock.instant()))).isEqualTo(Verification.REJECTED);
	}

	@Test
	void codesOutsideTheWindowAndWrongCodesAreRefused() {
		String email = newUser(Role.LEGAL);
		String secret = enrol(email);
		this.clock.advance(Duration.ofMinutes(10));
		assertThat(this.secondFactors.verify(email, Totp.code(secret, this.clock.instant().minusSeconds(60))))
			.isEqualTo(Verification.REJECTED);
		assertThat(this.secondFactors.verify(email, Totp.code(secret, this.clock.instant().plusSeconds(60))))
			.isEqualTo(Verification.REJECTED);
		assertThat(this.secondFactors.verify(email, "000000".equals(Totp.code(secret, this.clock.instant())) ? "111111" : "000000"))
			.isEqualTo(Verification.REJECTED);
		assertThat(this.secondFactors.verify(email, Totp.code(secret, this.clock.instant())))
			.isEqualTo(Verification.AUTHENTICATOR_CODE);
	}

	@Test
	void aRecoveryCodeWorksOnceAndEachUseIsAudited() {
		String email = newUser(Role.PROCUREMENT);
		String secret = this.secondFactors.offer(email).secret();
		List<String> codes = this.secondFactors.confirm(email, secret, Totp.code(secret, this.clock.instant())).orElseThrow();

		assertThat(this.secondFactors.verify(email, codes.get(3).toUpperCase())).isEqualTo(Verification.RECOVERY_CODE);
		assertThat(this.secondFactors.verify(email, codes.get(3))).isEqualTo(Verification.REJECTED);
		assertThat(this.secondFactors.verify(email, "aaaaa-bbbbb")).isEqualTo(Verification.REJECTED);
		assertThat(this.secondFactors.status(email).unusedRecoveryCodes()).isEqualTo(9);
		assertThat(audited("MFA_RECOVERY_CODE_USED", email)).isEqualTo(1);
	}

	@Test
	void newRecoveryCodesReplaceTheOldOnes() {
		String email = newUser(Role.LEGAL);
		String secret = this.secondFactors.offer(email).secret();
		List<String> old = this.secondFactors.confirm(email, secret, Totp.code(secret, this.clock.instant())).orElseThrow();
		List<String> fresh = this.secondFactors.regenerateRecoveryCodes(email);
		assertThat(this.secondFactors.verify(email, old.get(0))).isEqualTo(Verification.REJECTED);
		assertThat(this.secondFactors.verify(email, fresh.get(0))).isEqualTo(Verification.RECOVERY_CODE);
		assertThat(audited("MFA_RECOVERY_CODES_REGENERATED", email)).isEqualTo(1);
	}

	@Test
	void anAdministratorResetRemovesTheAppAndCodesAndIsAudited() {
		String email = newUser(Role.SECURITY_OFFICER);
		long id = this.users.findByEmail(email).orElseThrow().id();
		String secret = this.secondFactors.offer(email).secret();
		List<String> codes = this.secondFactors.confirm(email, secret, Totp.code(secret, this.clock.instant())).orElseThrow();

		SystemActor.runAs(() -> this.secondFactors.reset(id));

		assertThat(this.secondFactors.status(email).enrolled()).isFalse();
		assertThat(this.secondFactors.verify(email, codes.get(0))).isEqualTo(Verification.REJECTED);
		assertThat(this.secondFactors.pendingAfterPassword(id, EnumSet.of(Role.SECURITY_OFFICER)))
			.hasValue(SignInStage.ENROLMENT_PENDING);
		assertThat(this.audit.search(new AuditQuery("User", String.valueOf(id), "MFA_RESET", null, null, null),
				PageRequest.of(0, 5)).getContent()).singleElement().satisfies((event) -> {
					assertThat(event.actor()).isEqualTo(SystemActor.SYSTEM);
					assertThat(event.summary()).contains(email);
				});
	}

	@Test
	@WithMockUser(roles = "SECURITY_OFFICER")
	void onlyAnAdministratorMayReset() {
		String email = newUser(Role.LEGAL);
		long id = this.users.findByEmail(email).orElseThrow().id();
		assertThatThrownBy(() -> this.secondFactors.reset(id)).isInstanceOf(AuthorizationDeniedException.class);
	}

	@Test
	void whoMustGiveASecondFactorAfterThePassword() {
		String legal = newUser(Role.LEGAL);
		long legalId = this.users.findByEmail(legal).orElseThrow().id();
		assertThat(this.secondFactors.pendingAfterPassword(legalId, EnumSet.of(Role.LEGAL))).isEmpty();
		enrol(legal);
		assertThat(this.secondFactors.pendingAfterPassword(legalId, EnumSet.of(Role.LEGAL))).hasValue(SignInStage.CODE_PENDING);
		String admin = newUser(Role.ADMIN);
		long adminId = this.users.findByEmail(admin).orElseThrow().id();
		assertThat(this.secondFactors.pendingAfterPassword(adminId, EnumSet.of(Role.ADMIN))).hasValue(SignInStage.ENROLMENT_PENDING);
	}

}
