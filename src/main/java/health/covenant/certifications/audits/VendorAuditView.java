package health.covenant.certifications.audits;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * An audit as pages and other modules see it. Its {@code id} is what findings (a later module) refer to.
 */
@NamedInterface("api")
public record VendorAuditView(long id, long vendorId, long version, VendorAuditDetails details, String createdBy,
		Instant createdAt, String updatedBy, Instant updatedAt) {

	static VendorAuditView of(VendorAudit audit) {
		return new VendorAuditView(audit.getId(), audit.getVendorId(), audit.getVersion(), audit.details(),
				audit.getCreatedBy(), audit.getCreatedAt(), audit.getUpdatedBy(), audit.getUpdatedAt());
	}

}
