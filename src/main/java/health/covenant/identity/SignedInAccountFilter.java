package health.covenant.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import health.covenant.identity.mfa.SignInStage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of a signed-in session checks that the account still exists, is enabled and holds
 * exactly the roles the session was signed in with, and that the session is younger than the
 * absolute lifetime ({@code covenant.security.session-max-lifetime}). Otherwise the session ends
 * and the request goes on unauthenticated, so the user is sent to the sign-in page. A change of
 * roles, granted or removed, ends the session rather than refreshing its authorities: the user
 * signs in again and gets the current roles, the same as after an administrator's change (which
 * also deletes the sessions, see {@link UserSessions}).
 */
class SignedInAccountFilter extends OncePerRequestFilter {

	/** When the session was first seen signed in (epoch milliseconds of the application clock). */
	static final String SIGNED_IN_AT = SignedInAccountFilter.class.getName() + ".SIGNED_IN_AT";

	private static final String ROLE_PREFIX = "ROLE_";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration maxLifetime;

	SignedInAccountFilter(JdbcClient jdbc, Clock clock, Duration maxLifetime) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxLifetime = maxLifetime;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.isAuthenticated()
					&& !(authentication instanceof AnonymousAuthenticationToken)
					&& !(withinLifetime(session) && accountStillMatches(authentication))) {
				SecurityContextHolder.clearContext();
				session.invalidate();
			}
		}
		chain.doFilter(request, response);
	}

	private boolean withinLifetime(HttpSession session) {
		Instant now = this.clock.instant();
		if (!(session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt)) {
			session.setAttribute(SIGNED_IN_AT, now.toEpochMilli());
			return true;
		}
		return now.isBefore(Instant.ofEpochMilli(signedInAt).plus(this.maxLifetime));
	}

	private boolean accountStillMatches(Authentication authentication) {
		if (SignInStage.isPending(authentication)) {
			// Password given, second factor not yet: no roles were granted, the account must still be enabled.
			return currentRoles(authentication.getName()).isPresent();
		}
		Set<String> signedInRoles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith(ROLE_PREFIX))
			.collect(Collectors.toSet());
		return currentRoles(authentication.getName()).map(signedInRoles::equals).orElse(false);
	}

	/** The roles (as authorities) of the enabled account with this name; empty if none is enabled. */
	private Optional<Set<String>> currentRoles(String name) {
		String email = UserNames.normalise(name);
		if (!UserNames.fits(email)) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				SELECT coalesce(string_agg(r.role, ','), '') FROM app_user u
				LEFT JOIN app_user_role r ON r.user_id = u.id
				WHERE lower(u.email) = :email AND u.enabled
				GROUP BY u.id""")
			.param("email", email)
			.query(String.class)
			.optional()
			.map((roles) -> Arrays.stream(roles.split(","))
				.filter((role) -> !role.isEmpty())
				.map((role) -> ROLE_PREFIX + role)
				.collect(Collectors.toSet()));
	}

}
