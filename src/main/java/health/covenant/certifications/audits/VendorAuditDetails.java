package health.covenant.certifications.audits;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/** What a person records about an audit. */
@NamedInterface("api")
public record VendorAuditDetails(AuditKind kind, LocalDate performedOn, String auditor, String scope, AuditResult result,
		String summary) {
}
