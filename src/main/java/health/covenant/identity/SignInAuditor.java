package health.covenant.identity;

import java.time.Clock;
import java.time.Instant;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.identity.mfa.SignInStage;
import health.covenant.shared.CovenantProperties;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audits every sign-in success and failure, counts failed attempts and locks an account after too
 * many (HIPAA 164.312(d) person authentication, 164.308(a)(5)(ii)(C) log-in monitoring).
 */
@Component
class SignInAuditor {

	private final UserRepository users;

	private final AuditService audit;

	private final Clock clock;

	private final CovenantProperties.Security settings;

	private final TransactionTemplate transactions;

	SignInAuditor(UserRepository users, AuditService audit, Clock clock, CovenantProperties properties,
			TransactionTemplate transactions) {
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		this.settings = properties.security();
		this.transactions = transactions;
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		String email = event.getAuthentication().getName();
		if (SignInStage.isPending(event.getAuthentication())) {
			// Failures keep counting until the second factor is given too.
			this.transactions.executeWithoutResult((status) -> this.audit.recordAs(email, "SIGN_IN_PASSWORD_ACCEPTED",
					"User", idOf(email), "Password accepted; second factor due", AuditChanges.none()));
			return;
		}
		this.transactions.executeWithoutResult((status) -> {
			this.users.findByEmail(email).ifPresent(AppUser::recordSuccessfulLogin);
			this.audit.recordAs(email, "SIGN_IN", "User", idOf(email), "Signed in", AuditChanges.none());
		});
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String attempted = String.valueOf(event.getAuthentication().getName());
		String reason = reason(event);
		this.transactions.executeWithoutResult((status) -> {
			boolean locked = false;
			if (event instanceof AuthenticationFailureBadCredentialsEvent) {
				Instant now = Instant.now(this.clock);
				locked = this.users.findByEmail(attempted)
					.map((user) -> user.recordFailedLogin(this.settings.maxFailedLogins(),
							now.plus(this.settings.lockout())))
					.orElse(false);
			}
			this.audit.recordAs(attempted, "SIGN_IN_FAILED", "User", idOf(attempted),
					"Sign-in failed: " + reason + (locked ? "; account locked" : ""),
					AuditChanges.none().field("reason", null, reason));
		});
	}

	private Long idOf(String email) {
		return this.users.findByEmail(email).map(AppUser::getId).orElse(null);
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

}
