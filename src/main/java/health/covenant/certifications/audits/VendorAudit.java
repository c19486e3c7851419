package health.covenant.certifications.audits;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import health.covenant.shared.jpa.AuditableEntity;

/** An audit of a vendor that we ran or commissioned. */
@Entity
@Table(name = "vendor_audit")
class VendorAudit extends AuditableEntity {

	@Column(name = "vendor_id", nullable = false, updatable = false)
	private long vendorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AuditKind kind;

	@Column(name = "performed_on", nullable = false)
	private LocalDate performedOn;

	@Column(nullable = false)
	private String auditor;

	private String scope;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AuditResult result;

	private String summary;

	protected VendorAudit() {
	}

	VendorAudit(long vendorId, VendorAuditDetails details) {
		this.vendorId = vendorId;
		apply(details);
	}

	void apply(VendorAuditDetails details) {
		this.kind = details.kind();
		this.performedOn = details.performedOn();
		this.auditor = details.auditor().strip();
		this.scope = blankToNull(details.scope());
		this.result = details.result();
		this.summary = blankToNull(details.summary());
	}

	VendorAuditDetails details() {
		return new VendorAuditDetails(this.kind, this.performedOn, this.auditor, this.scope, this.result, this.summary);
	}

	Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("vendorId", this.vendorId);
		values.put("kind", this.kind);
		values.put("performedOn", this.performedOn);
		values.put("auditor", this.auditor);
		values.put("scope", this.scope);
		values.put("result", this.result);
		values.put("summary", this.summary);
		return values;
	}

	long getVendorId() {
		return this.vendorId;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
