package health.covenant.identity;

import java.time.ZoneId;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * What other modules may know about a user.
 *
 * @param riskDigestOptOut whether a security officer chose not to receive the weekly risk digest
 */
@NamedInterface("api")
public record UserSummary(long id, String email, String displayName, Set<Role> roles, boolean enabled,
		ZoneId timeZone, NotificationPreference notificationPreference, boolean riskDigestOptOut) {

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	/** Whether the weekly risk digest goes to this user: an enabled security officer who has not opted out. */
	public boolean receivesRiskDigest() {
		return this.enabled && hasRole(Role.SECURITY_OFFICER) && !this.riskDigestOptOut;
	}

}
