package health.covenant.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.identity.mfa.SignInStage;
import health.covenant.shared.CovenantProperties;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Audits every sign-in success and failure, counts failed attempts and locks an account after too
 * many (HIPAA 164.312(d) person authentication, 164.308(a)(5)(ii)(C) log-in monitoring). The
 * attempted name is normalised by {@link UserNames} exactly as sign-in does, and the counter is one
 * SQL statement, so parallel attempts neither collide nor escape the lock-out. The statement runs on
 * its own (no surrounding transaction holds the row while the audit event, written in a transaction
 * of its own, waits for a connection).
 */
@Component
class SignInAuditor {

	private final AuditService audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CovenantProperties.Security settings;

	SignInAuditor(AuditService audit, JdbcClient jdbc, Clock clock, CovenantProperties properties) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = properties.security();
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		String email = UserNames.normalise(event.getAuthentication().getName());
		if (SignInStage.isPending(event.getAuthentication())) {
			// Failures keep counting until the second factor is given too.
			this.audit.recordAs(email, "SIGN_IN_PASSWORD_ACCEPTED", "User", idOf(email),
					"Password accepted; second factor due", AuditChanges.none());
			return;
		}
		this.jdbc.sql("""
				UPDATE app_user SET failed_logins = 0, locked_until = NULL
				WHERE lower(email) = :email AND (failed_logins <> 0 OR locked_until IS NOT NULL)""")
			.param("email", email)
			.update();
		this.audit.recordAs(email, "SIGN_IN", "User", idOf(email), "Signed in", AuditChanges.none());
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String attempted = UserNames.normalise(String.valueOf(event.getAuthentication().getName()));
		String reason = reason(event);
		Optional<FailureCount> count = Optional.empty();
		if (event instanceof AuthenticationFailureBadCredentialsEvent && UserNames.fits(attempted)) {
			count = countFailure(attempted);
		}
		Long id = count.isPresent() ? Long.valueOf(count.get().userId())
				: UserNames.fits(attempted) ? idOf(attempted) : null;
		boolean locked = count.map(FailureCount::locked).orElse(false);
		this.audit.recordAs(UserNames.forRecord(attempted), "SIGN_IN_FAILED", "User", id,
				"Sign-in failed: " + reason + (locked ? "; account locked" : ""),
				AuditChanges.none().field("reason", null, reason));
	}

	/**
	 * Adds one failed attempt in a single statement; the attempt that reaches the limit locks the
	 * account and starts the count again.
	 */
	private Optional<FailureCount> countFailure(String email) {
		Instant lockUntil = Instant.now(this.clock).plus(this.settings.lockout()).truncatedTo(ChronoUnit.MICROS);
		return this.jdbc.sql("""
				UPDATE app_user SET
				    failed_logins = CASE WHEN failed_logins + 1 >= :max THEN 0 ELSE failed_logins + 1 END,
				    locked_until = CASE WHEN failed_logins + 1 >= :max THEN :lockUntil ELSE locked_until END
				WHERE lower(email) = :email
				RETURNING id, failed_logins = 0 AS locked""")
			.param("max", this.settings.maxFailedLogins())
			.param("lockUntil", Timestamp.from(lockUntil))
			.param("email", email)
			.query((rs, row) -> new FailureCount(rs.getLong("id"), rs.getBoolean("locked")))
			.optional();
	}

	private Long idOf(String email) {
		return this.jdbc.sql("SELECT id FROM app_user WHERE lower(email) = :email")
			.param("email", email)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private static String reason(AbstractAuthenticationFailureEvent event) {
		String type = event.getClass().getSimpleName();
		return switch (type) {
			case "AuthenticationFailureBadCredentialsEvent" -> "bad credentials";
			case "SecondFactorRejectedEvent" -> "wrong second-factor code";
			case "AuthenticationFailureLockedEvent" -> "account locked";
			case "AuthenticationFailureDisabledEvent" -> "account disabled";
			default -> "refused";
		};
	}

	private record FailureCount(long userId, boolean locked) {
	}

}
