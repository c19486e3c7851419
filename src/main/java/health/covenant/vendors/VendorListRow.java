package health.covenant.vendors;

import java.time.Instant;

/** One row of the vendor list; {@code risk} is null while the vendor is not scored yet. */
public record VendorListRow(long id, String name, String legalName, ServiceCategory serviceCategory,
		LifecycleStatus status, PhiAccess phiAccess, AiSystemType aiSystemType, Instant updatedAt,
		VendorRisk risk) {
}
