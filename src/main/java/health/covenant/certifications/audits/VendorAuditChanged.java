package health.covenant.certifications.audits;

import org.springframework.modulith.NamedInterface;

/**
 * An audit of a vendor was recorded, edited or deleted ({@code deleted}). Findings and risk (later
 * modules) listen to it.
 */
@NamedInterface("api")
public record VendorAuditChanged(long auditId, long vendorId, boolean deleted) {
}
