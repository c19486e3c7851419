package health.covenant.identity.mfa;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import health.covenant.identity.Role;
import health.covenant.shared.DemoMode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which roles must sign in with a second factor: {@code covenant.mfa.required-roles}
 * ({@code COVENANT_MFA_REQUIRED_ROLES}), a comma-separated list of roles or {@code none}. Unset:
 * ADMIN and SECURITY_OFFICER, except in demo mode where nobody is required to.
 */
@Component
public class SecondFactorPolicy {

	static final Set<Role> DEFAULT_REQUIRED = EnumSet.of(Role.ADMIN, Role.SECURITY_OFFICER);

	private final EnumSet<Role> requiredRoles;

	SecondFactorPolicy(@Value("${covenant.mfa.required-roles:}") String requiredRoles, DemoMode demoMode) {
		this.requiredRoles = parse(requiredRoles, demoMode.isEnabled());
	}

	static EnumSet<Role> parse(String setting, boolean demo) {
		if (setting == null || setting.isBlank()) {
			return demo ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(DEFAULT_REQUIRED);
		}
		if ("none".equalsIgnoreCase(setting.strip())) {
			return EnumSet.noneOf(Role.class);
		}
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(setting.split(","))
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.map((name) -> Role.valueOf(name.toUpperCase(Locale.ROOT)))
			.forEach(roles::add);
		return roles;
	}

	public Set<Role> requiredRoles() {
		return EnumSet.copyOf(this.requiredRoles);
	}

	/** Whether a user holding these roles must have a second factor. */
	public boolean requiredFor(Set<Role> roles) {
		return roles.stream().anyMatch(this.requiredRoles::contains);
	}

}
