package health.covenant.identity.mfa;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import health.covenant.audit.AuditService;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.shared.CovenantProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.WebAuthnConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.transaction.support.TransactionTemplate;


/**
 * Passkeys (WebAuthn) through Spring Security's endpoints ({@code /webauthn/register/options},
 * {@code /webauthn/register}, {@code /webauthn/authenticate/options}, {@code /login/webauthn}) and
 * our own pages (no default page: they use inline script). A passkey with user verification is a
 * full sign-in by itself (possession and PIN or biometrics): the user gets their current roles at
 * once, never the pending second-factor step; a disabled or locked account is refused.
 */
@Configuration(proxyBeanMethods = false)
public class PasskeySignIn {

	/** The factor a passkey proves. */
	public static final String PASSKEY_FACTOR = FactorGrantedAuthority.WEBAUTHN_AUTHORITY;

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository userEntities,
			UserService users, AuditService audit, TransactionTemplate transactions) {
		return new AuditedUserCredentials(new JdbcUserCredentialRepository(jdbc), userEntities, users, audit,
				transactions);
	}

	@Bean
	WebAuthnRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository userEntities,
			UserCredentialRepository credentials, CovenantProperties properties) {
		return new OriginAwareRelyingParty(userEntities, credentials, "Covenant", properties.baseUrl());
	}

	/** The WebAuthn part of the security filter chain. */
	public static Customizer<WebAuthnConfigurer<HttpSecurity>> configurer(HttpSecurity http,
			WebAuthnRelyingPartyOperations relyingParty, UserService users, Clock clock,
			AuthenticationEventPublisher events) {
		OriginAwareRelyingParty rp = (OriginAwareRelyingParty) relyingParty;
		return (webAuthn) -> webAuthn.rpName("Covenant")
			.rpId(rp.rpId())
			.disableDefaultRegistrationPage(true)
			.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
				@Override
				public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
					ProviderManager manager = new ProviderManager(new Provider(relyingParty, users, clock, events));
					filter.setAuthenticationManager(manager);
					SessionAuthenticationStrategy sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
					filter.setSessionAuthenticationStrategy(
							sessions != null ? sessions : new ChangeSessionIdAuthenticationStrategy());
					return filter;
				}
			});
	}

	/**
	 * Verifies the passkey, then signs the account in with its current roles if it may sign in. It
	 * publishes the success or failure itself (audited, see {@code SignInAuditor}): a refusal names the
	 * account once the passkey is verified, a passkey that is not verified names nobody (and counts
	 * toward no one's lock-out).
	 */
	static final class Provider implements AuthenticationProvider {

		private final WebAuthnRelyingPartyOperations relyingParty;

		private final UserService users;

		private final Clock clock;

		private final AuthenticationEventPublisher events;

		Provider(WebAuthnRelyingPartyOperations relyingParty, UserService users, Clock clock,
				AuthenticationEventPublisher events) {
			this.relyingParty = relyingParty;
			this.users = users;
			this.clock = clock;
			this.events = events;
		}

		@Override
		public Authentication authenticate(Authentication authentication) throws AuthenticationException {
			WebAuthnAuthenticationRequestToken request = (WebAuthnAuthenticationRequestToken) authentication;
			PublicKeyCredentialUserEntity owner;
			try {
				owner = this.relyingParty.authenticate(request.getWebAuthnRequest());
			}
			catch (RuntimeException ex) {
				throw refused(new BadCredentialsException("passkey not accepted", ex), "");
			}
			UserSummary user = this.users.findByEmail(owner.getName())
				.orElseThrow(() -> refused(new BadCredentialsException("no such user"), ""));
			if (!user.enabled()) {
				throw refused(new DisabledException("account disabled"), user.email());
			}
			if (this.users.managedUser(user.id()).lockedAt(Instant.now(this.clock))) {
				throw refused(new LockedException("account locked"), user.email());
			}
			List<GrantedAuthority> authorities = new ArrayList<>();
			user.roles().forEach((role) -> authorities.add(new SimpleGrantedAuthority(role.authority())));
			authorities.add(FactorGrantedAuthority.withAuthority(PASSKEY_FACTOR).issuedAt(Instant.now(this.clock)).build());
			User principal = new User(user.email(), "", authorities);
			UsernamePasswordAuthenticationToken full = UsernamePasswordAuthenticationToken.authenticated(principal,
					null, authorities);
			full.setDetails(request.getDetails());
			this.events.publishAuthenticationSuccess(full);
			return full;
		}

		private AuthenticationException refused(AuthenticationException refusal, String name) {
			this.events.publishAuthenticationFailure(refusal, UsernamePasswordAuthenticationToken.unauthenticated(name, null));
			return refusal;
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
		}

	}

}
