package health.covenant;

import java.util.Arrays;

import health.covenant.identity.Role;
import health.covenant.identity.UserSummary;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Request helpers for MockMvc tests: sign in as a role, send as htmx. */
public final class WebTestSupport {

	private WebTestSupport() {
	}

	/** A signed-in user with these roles (e-mail derived from the first role). */
	public static RequestPostProcessor as(Role... roles) {
		String email = roles.length == 0 ? "nobody@covenant.test"
				: roles[0].name().toLowerCase().replace('_', '-') + "@covenant.test";
		return SecurityMockMvcRequestPostProcessors.user(email)
			.roles(Arrays.stream(roles).map(Role::name).toArray(String[]::new));
	}

	/** Signed in as this user, with its roles. */
	public static RequestPostProcessor as(UserSummary user) {
		return SecurityMockMvcRequestPostProcessors.user(user.email())
			.roles(user.roles().stream().map(Role::name).toArray(String[]::new));
	}

	public static RequestPostProcessor htmx() {
		return (request) -> {
			request.addHeader("HX-Request", "true");
			return request;
		};
	}

}
