package health.covenant.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
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
		Optional<UserSummary> account = enabledAccount(authentication.getName());
		account.ifPresent(CurrentUser::remember);
		if (SignInStage.isPending(authentication)) {
			// Password given, second factor not yet: no roles were granted, the account must still be enabled.
			return account.isPresent();
		}
		Set<String> signedInRoles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith(ROLE_PREFIX))
			.collect(Collectors.toSet());
		return account.map((user) -> user.roles().stream().map((role) -> ROLE_PREFIX + role.name()).collect(Collectors.toSet()))
			.map(signedInRoles::equals)
			.orElse(false);
	}

	/** The enabled account with this name, with its roles; empty if none is enabled. */
	private Optional<UserSummary> enabledAccount(String name) {
		String email = UserNames.normalise(name);
		if (!UserNames.fits(email)) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				SELECT u.id, u.email, u.display_name, u.time_zone, u.notification_preference, u.risk_digest_opt_out,
				       coalesce(string_agg(r.role, ','), '') AS roles
				FROM app_user u
				LEFT JOIN app_user_role r ON r.user_id = u.id
				WHERE lower(u.email) = :email AND u.enabled
				GROUP BY u.id""")
			.param("email", email)
			.query((rs, row) -> new UserSummary(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
					roles(rs.getString("roles")), true, ZoneId.of(rs.getString("time_zone")),
					NotificationPreference.valueOf(rs.getString("notification_preference")),
					rs.getBoolean("risk_digest_opt_out")))
			.optional();
	}

	private static Set<Role> roles(String names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(names.split(",")).filter((role) -> !role.isEmpty()).map(Role::valueOf).forEach(roles::add);
		return roles;
	}

}
