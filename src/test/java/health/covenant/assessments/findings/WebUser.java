package health.covenant.assessments.findings;


import health.covenant.identity.UserSummary;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test code signed in as a stored user (its e-mail and roles). */
final class WebUser {

	private WebUser() {
	}

	static void runAs(UserSummary user, Runnable work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.email(), null,
				user.roles().stream().map((r) -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList()));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}


}
