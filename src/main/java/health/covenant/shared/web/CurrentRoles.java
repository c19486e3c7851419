package health.covenant.shared.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Role names (without {@code ROLE_}) of the signed-in user. */
final class CurrentRoles {

	private CurrentRoles() {
	}

	static Set<String> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Set.of();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring(5))
			.collect(Collectors.toSet());
	}

	static boolean allowed(Set<String> required) {
		if (required.isEmpty()) {
			return true;
		}
		Set<String> held = get();
		return required.stream().anyMatch(held::contains);
	}

}
