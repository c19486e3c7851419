package health.covenant.identity;

import java.time.Instant;
import java.util.Set;

/** A user as the administrator manages it (list and edit form). */
public record ManagedUser(long id, String email, String displayName, Set<Role> roles, boolean enabled,
		Instant lockedUntil, long version, Instant createdAt) {

	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
