package health.covenant.identity.mfa;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import health.covenant.identity.ManagedUser;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The second step of signing in: where a user goes after the password, and how a pending sign-in
 * becomes a full one (their roles plus the factors proven) or is refused.
 */
@Component
public class SecondFactorSignIn {

	static final String CODE_PAGE = "/login/code";

	static final String ENROLMENT_PAGE = "/login/enrol";

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SavedRequestAwareAuthenticationSuccessHandler toSavedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

	private final UserService users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SecondFactorSignIn(UserService users, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.events = events;
		this.clock = clock;
		this.toSavedRequest.setDefaultTargetUrl("/");
		this.toSavedRequest.setRedirectStrategy(SecondFactorSignIn::redirectToPath);
	}

	/**
	 * Redirects to the path and query of the target only, never to {@code http://<Host header>/…}: a
	 * forged Host header cannot send a user who just signed in elsewhere.
	 */
	private static void redirectToPath(HttpServletRequest request, HttpServletResponse response, String url)
			throws IOException {
		UriComponents target = UriComponentsBuilder.fromUriString(url).build();
		String path = target.getPath() == null || !target.getPath().startsWith("/") ? "/" : target.getPath();
		String query = target.getQuery() == null ? "" : "?" + target.getQuery();
		String context = request.getContextPath();
		response.sendRedirect(path.startsWith(context + "/") ? path + query : context + path + query);
	}

	/** The page a pending sign-in must go to next, if it is pending. */
	public Optional<String> pendingPage(Authentication authentication) {
		if (SignInStage.holds(authentication, SignInStage.CODE_PENDING)) {
			return Optional.of(CODE_PAGE);
		}
		if (SignInStage.holds(authentication, SignInStage.ENROLMENT_PENDING)) {
			return Optional.of(ENROLMENT_PAGE);
		}
		return Optional.empty();
	}

	/** After the password: to the second-factor step when due, otherwise where the user was going. */
	public AuthenticationSuccessHandler afterPassword() {
		return (request, response, authentication) -> {
			Optional<String> page = pendingPage(authentication);
			if (page.isPresent()) {
				response.sendRedirect(request.getContextPath() + page.get());
				return;
			}
			this.toSavedRequest.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/** Whether the pending user may still try (neither locked meanwhile nor disabled). */
	boolean mayTry(Authentication pending) {
		Optional<UserSummary> user = this.users.findByEmail(pending.getName());
		if (user.isEmpty() || !user.get().enabled()) {
			return false;
		}
		ManagedUser managed = this.users.managedUser(user.get().id());
		return !managed.lockedAt(Instant.now(this.clock));
	}

	/**
	 * Turns the pending sign-in into a full one: the user's current roles, the password factor and
	 * the authenticator factor; a new session id; audited as a sign-in.
	 */
	void complete(Authentication pending, HttpServletRequest request, HttpServletResponse response) {
		UserSummary user = this.users.findByEmail(pending.getName()).orElseThrow();
		List<GrantedAuthority> authorities = new ArrayList<>();
		user.roles().forEach((role) -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		pending.getAuthorities()
			.stream()
			.filter(FactorGrantedAuthority.class::isInstance)
			.forEach(authorities::add);
		authorities.add(FactorGrantedAuthority.withAuthority(SignInStage.TOTP_FACTOR)
			.issuedAt(Instant.now(this.clock))
			.build());
		User principal = new User(user.email(), "", authorities);
		UsernamePasswordAuthenticationToken full = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				authorities);
		full.setDetails(pending.getDetails());
		request.changeSessionId();
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(full);
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.events.publishEvent(new AuthenticationSuccessEvent(full));
	}

	/** After {@link #complete}: on to the page the user first asked for, or the dashboard. */
	void continueToSavedRequest(HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		this.toSavedRequest.onAuthenticationSuccess(request, response, this.holder.getContext().getAuthentication());
	}

	/** Counts and audits a wrong code (toward the lock-out, like a wrong password). */
	void reject(Authentication pending) {
		this.events.publishEvent(new SecondFactorRejectedEvent(pending));
	}

	/** Ends a pending sign-in (locked or disabled meanwhile). */
	void abandon(Authentication pending, HttpServletRequest request, HttpServletResponse response) {
		new SecurityContextLogoutHandler().logout(request, response, pending);
	}

}
