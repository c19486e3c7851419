package health.covenant.identity.mfa;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A user's second factor: the authenticator app (TOTP) and the recovery codes. Enrolment, checking
 * a code at sign-in (once per time step, each recovery code once), and the administrator's reset.
 */
@Service
public class SecondFactorService {

	static final String ISSUER = "Covenant";

	/** What a code given at sign-in turned out to be. */
	public enum Verification {

		AUTHENTICATOR_CODE, RECOVERY_CODE, REJECTED;

		public boolean accepted() {
			return this != REJECTED;
		}

	}

	/** A secret offered for enrolment, with the {@code otpauth://} link and its QR code. */
	public record Offer(String secret, String otpauthUri, String qrCodeDataUri) {

		/** The secret in groups of four characters, easier to type into an app. */
		public String groupedSecret() {
			return this.secret.replaceAll("(.{4})(?!$)", "$1 ");
		}

	}

	/** The second factor of one user as their security page shows it. */
	public record Status(boolean enrolled, Instant enrolledAt, int unusedRecoveryCodes, boolean required) {
	}

	private final JdbcClient jdbc;

	private final UserService users;

	private final AuditService audit;

	private final SecondFactorPolicy policy;

	private final FindByIndexNameSessionRepository<?> sessions;

	private final Clock clock;

	private final PasskeyService passkeys;

	SecondFactorService(JdbcClient jdbc, UserService users, AuditService audit, SecondFactorPolicy policy,
			FindByIndexNameSessionRepository<?> sessions, Clock clock, PasskeyService passkeys) {
		this.passkeys = passkeys;
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
		this.policy = policy;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * The authority a user holds right after the password: code pending (enrolled), enrolment
	 * pending (required by their role, not enrolled) or none (no second factor needed).
	 */
	@Transactional(readOnly = true)
	public Optional<String> pendingAfterPassword(long userId, Set<Role> roles) {
		if (isEnrolled(userId)) {
			return Optional.of(SignInStage.CODE_PENDING);
		}
		if (this.policy.requiredFor(roles)) {
			return Optional.of(SignInStage.ENROLMENT_PENDING);
		}
		return Optional.empty();
	}

	@Transactional(readOnly = true)
	public Status status(String email) {
		UserSummary user = user(email);
		Optional<Instant> enrolledAt = this.jdbc.sql("SELECT enrolled_at FROM mfa_totp WHERE user_id = ?")
			.param(user.id())
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
		return new Status(enrolledAt.isPresent(), enrolledAt.orElse(null), unusedRecoveryCodes(user.id()),
				this.policy.requiredFor(user.roles()));
	}

	/** A fresh secret for the user to scan; nothing is stored until {@link #confirm} succeeds. */
	public Offer offer(String email) {
		return offer(email, Totp.newSecret());
	}

	/** The same offer again (the page is shown again), from the secret kept in the session. */
	public Offer offer(String email, String secret) {
		String uri = UriComponentsBuilder.newInstance()
			.scheme("otpauth")
			.host("totp")
			.path("/" + ISSUER + ":" + email)
			.queryParam("secret", secret)
			.queryParam("issuer", ISSUER)
			.queryParam("algorithm", "SHA1")
			.queryParam("digits", 6)
			.queryParam("period", Totp.STEP.toSeconds())
			.encode()
			.build()
			.toUriString();
		return new Offer(secret, uri, QrCodes.pngDataUri(uri));
	}

	/**
	 * Turns the authenticator app on once the user proves it works with a current code; replaces any
	 * earlier app and recovery codes.
	 * @return the new recovery codes (to be shown once), or empty when the code is wrong
	 */
	@Transactional
	public Optional<List<String>> confirm(String email, String secret, String code) {
		UserSummary user = user(email);
		Instant now = Instant.now(this.clock);
		OptionalLong step = Totp.matchingStep(secret, code, now);
		if (step.isEmpty()) {
			return Optional.empty();
		}
		this.jdbc.sql("""
				INSERT INTO mfa_totp (user_id, secret, last_used_step, enrolled_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret,
				    last_used_step = excluded.last_used_step, enrolled_at = excluded.enrolled_at""")
			.params(user.id(), secret, step.getAsLong(), Timestamp.from(now))
			.update();
		List<String> codes = replaceRecoveryCodes(user.id());
		this.audit.recordAs(user.email(), "MFA_ENROLLED", "User", user.id(),
				"Turned on sign-in with an authenticator app", AuditChanges.none());
		return Optional.of(codes);
	}

	/** New recovery codes for an enrolled user; the earlier ones stop working. */
	@Transactional
	public List<String> regenerateRecoveryCodes(String email) {
		UserSummary user = user(email);
		if (!isEnrolled(user.id())) {
			throw new IllegalStateException("no second factor to recover");
		}
		List<String> codes = replaceRecoveryCodes(user.id());
		this.audit.recordAs(user.email(), "MFA_RECOVERY_CODES_REGENERATED", "User", user.id(),
				"Generated new recovery codes", AuditChanges.none());
		return codes;
	}

	/**
	 * Checks a code given at sign-in: an authenticator code of the current step (±1) that is newer
	 * than the last one accepted, or an unused recovery code (used up by this, and audited).
	 */
	@Transactional
	public Verification verify(String email, String code) {
		UserSummary user = user(email);
		if (code == null || code.isBlank()) {
			return Verification.REJECTED;
		}
		if (RecoveryCodes.looksLikeRecoveryCode(code)) {
			return useRecoveryCode(user, code);
		}
		Optional<String> secret = this.jdbc.sql("SELECT secret FROM mfa_totp WHERE user_id = ?")
			.param(user.id())
			.query(String.class)
			.optional();
		if (secret.isEmpty()) {
			return Verification.REJECTED;
		}
		OptionalLong step = Totp.matchingStep(secret.get(), code, Instant.now(this.clock));
		if (step.isEmpty()) {
			return Verification.REJECTED;
		}
		int updated = this.jdbc
			.sql("UPDATE mfa_totp SET last_used_step = ? WHERE user_id = ? AND last_used_step < ?")
			.params(step.getAsLong(), user.id(), step.getAsLong())
			.update();
		return updated == 1 ? Verification.AUTHENTICATOR_CODE : Verification.REJECTED;
	}

	private Verification useRecoveryCode(UserSummary user, String code) {
		int used = this.jdbc.sql("""
				UPDATE mfa_recovery_code SET used_at = ?
				WHERE id = (SELECT id FROM mfa_recovery_code
				            WHERE user_id = ? AND code_hash = ? AND used_at IS NULL LIMIT 1 FOR UPDATE)""")
			.params(Timestamp.from(Instant.now(this.clock)), user.id(), RecoveryCodes.hash(code))
			.update();
		if (used == 0) {
			return Verification.REJECTED;
		}
		int left = unusedRecoveryCodes(user.id());
		this.audit.recordAs(user.email(), "MFA_RECOVERY_CODE_USED", "User", user.id(),
				"Signed in with a recovery code; " + left + " left",
				AuditChanges.none().field("unusedRecoveryCodes", left + 1, left));
		return Verification.RECOVERY_CODE;
	}

	/**
	 * Administrator removes a user's authenticator app, recovery codes and passkeys (lost phone) and ends
	 * their sessions. A user whose role requires a second factor sets up a new one at next sign-in.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void reset(long userId) {
		UserSummary user = this.users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
		boolean hadApp = this.jdbc.sql("DELETE FROM mfa_totp WHERE user_id = ?").param(userId).update() > 0;
		int codes = this.jdbc.sql("DELETE FROM mfa_recovery_code WHERE user_id = ?").param(userId).update();
		int passkeys = this.passkeys.removeAll(user);
		this.sessions.findByPrincipalName(user.email()).keySet().forEach(this.sessions::deleteById);
		this.audit.record("MFA_RESET", "User", userId, "Reset the second factor of " + user.email(),
				AuditChanges.none().field("authenticatorApp", hadApp, false).field("recoveryCodes", codes, 0)
					.field("passkeys", passkeys, 0));
	}

	@Transactional(readOnly = true)
	public boolean isEnrolled(long userId) {
		return this.jdbc.sql("SELECT count(*) FROM mfa_totp WHERE user_id = ?")
			.param(userId)
			.query(Integer.class)
			.single() > 0;
	}

	private int unusedRecoveryCodes(long userId) {
		return this.jdbc.sql("SELECT count(*) FROM mfa_recovery_code WHERE user_id = ? AND used_at IS NULL")
			.param(userId)
			.query(Integer.class)
			.single();
	}

	private List<String> replaceRecoveryCodes(long userId) {
		this.jdbc.sql("DELETE FROM mfa_recovery_code WHERE user_id = ?").param(userId).update();
		List<String> codes = RecoveryCodes.generate();
		for (String code : codes) {
			this.jdbc.sql("INSERT INTO mfa_recovery_code (user_id, code_hash) VALUES (?, ?)")
				.params(userId, RecoveryCodes.hash(code))
				.update();
		}
		return codes;
	}

	private UserSummary user(String email) {
		return this.users.findByEmail(email).orElseThrow(() -> new NotFoundException("User", email));
	}

}
