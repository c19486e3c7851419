package health.covenant.vendors;

import java.time.Instant;
import java.util.Set;

/** Everything the vendor page shows about the vendor itself. */
public record VendorView(long id, long version, LifecycleStatus status, VendorDetails details,
		String businessOwnerName, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

	public String name() {
		return this.details.name();
	}

	public Set<LifecycleStatus> allowedTargets() {
		return this.status.allowedTargets();
	}

}
