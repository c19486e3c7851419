package health.covenant.vendors;

import java.time.Instant;

/** One row of the vendor list. */
public record VendorListRow(long id, String name, String legalName, ServiceCategory serviceCategory,
		LifecycleStatus status, PhiAccess phiAccess, AiSystemType aiSystemType, Instant updatedAt) {
}
