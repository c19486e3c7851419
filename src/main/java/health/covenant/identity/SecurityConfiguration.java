package health.covenant.identity;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import health.covenant.identity.mfa.PasskeySignIn;
import health.covenant.identity.mfa.SecondFactorSignIn;
import health.covenant.identity.mfa.SignInStage;
import health.covenant.shared.CovenantProperties;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Form sign-in (password, then a second factor where due) or passkey sign-in, with CSRF, role checks on every route
 * (URL rules here, {@code @PreAuthorize} on controllers and writing service methods), strict
 * security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
			+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	/** No powerful browser feature is used, except WebAuthn (passkeys) on our own origin. */
	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
			+ "midi=(), payment=(), picture-in-picture=(), screen-wake-lock=(), serial=(), usb=(), "
			+ "xr-spatial-tracking=(), publickey-credentials-get=(self), publickey-credentials-create=(self)";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecondFactorSignIn secondFactor, JdbcClient jdbc,
			Clock clock, CovenantProperties properties, WebAuthnRelyingPartyOperations passkeyRelyingParty,
			UserService users, AuthenticationEventPublisher authenticationEvents) throws Exception {
		http.addFilterAfter(new SignedInAccountFilter(jdbc, clock, properties.security().sessionMaxLifetime()),
				SecurityContextHolderFilter.class);
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
					"/actuator/health", "/calendar/*.ics", "/public/**")
			.permitAll()
			// passkeys are removed through our own audited page, not Spring's DELETE endpoint
			.requestMatchers(HttpMethod.DELETE, "/webauthn/register/**")
			.denyAll()
			.requestMatchers("/login/code")
			.hasAuthority(SignInStage.CODE_PENDING)
			.requestMatchers("/login/enrol")
			.hasAuthority(SignInStage.ENROLMENT_PENDING)
			.anyRequest()
			.access(AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(),
					secondFactorGiven())))
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(secondFactor.afterPassword())
				.failureUrl("/login?error"))
			.webAuthn(PasskeySignIn.configurer(http, passkeyRelyingParty, users, clock, authenticationEvents))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(htmxAwareEntryPoint())
				.accessDeniedHandler(secondFactorAwareDeniedHandler(secondFactor, staleSignInAwareDeniedHandler())))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				// sent on secure requests only (behind a TLS proxy: forwarded headers, see application.yaml)
				.httpStrictTransportSecurity((hsts) -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
		return http.build();
	}

	/**
	 * An htmx request without a session (expired) must not swap the sign-in page into a fragment:
	 * it gets 401 with {@code HX-Redirect}, which makes htmx load the sign-in page as a whole page.
	 */
	static AuthenticationEntryPoint htmxAwareEntryPoint() {
		LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
		// "/login", never "http://<Host header>/login"
		login.setFavorRelativeUris(true);
		return (request, response, exception) -> {
			if (HtmxRequest.fromRequest(request).isHtmxRequest()) {
				response.setHeader("HX-Redirect", request.getContextPath() + "/login?expired");
				response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
				return;
			}
			login.commence(request, response, exception);
		};
	}

	/** Nothing but the second-factor step itself is open to a sign-in that still waits for it. */
	static AuthorizationManager<RequestAuthorizationContext> secondFactorGiven() {
		return (authentication, context) -> new AuthorizationDecision(!SignInStage.isPending(authentication.get()));
	}

	/** A sign-in still waiting for its second factor is sent to that step instead of a 403. */
	static AccessDeniedHandler secondFactorAwareDeniedHandler(SecondFactorSignIn secondFactor,
			AccessDeniedHandler otherwise) {
		return (request, response, exception) -> {
			Optional<String> page = secondFactor
				.pendingPage(SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication());
			if (page.isPresent()) {
				response.sendRedirect(request.getContextPath() + page.get());
				return;
			}
			otherwise.handle(request, response, exception);
		};
	}

	/**
	 * A sign-in form left open while its session ended carries a stale CSRF token: instead of the
	 * 403 page, the user gets the sign-in page again with a message. Every other refusal is a 403.
	 */
	static AccessDeniedHandler staleSignInAwareDeniedHandler() {
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		return (request, response, exception) -> {
			if (exception instanceof CsrfException
					&& (request.getContextPath() + "/login").equals(request.getRequestURI())) {
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
			forbidden.handle(request, response, exception);
		};
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

}
