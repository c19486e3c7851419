package health.covenant.certifications.audits;

import org.springframework.modulith.NamedInterface;

/**
 * A vendor's cadence setting.
 * @param overrideMonths its own months between audits, or null for the default
 * @param overrideReason why, when overridden
 * @param defaultMonths the default for its PHI access
 * @param version optimistic lock (0 when never set)
 */
@NamedInterface("api")
public record AuditCadence(long vendorId, Integer overrideMonths, String overrideReason, int defaultMonths, long version) {
}
