package health.covenant.identity;

import java.time.ZoneId;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/** What other modules may know about a user. */
@NamedInterface("api")
public record UserSummary(long id, String email, String displayName, Set<Role> roles, boolean enabled,
		ZoneId timeZone, NotificationPreference notificationPreference) {

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
