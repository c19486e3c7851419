package health.covenant.certifications.audits.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import health.covenant.certifications.audits.AuditKind;
import health.covenant.certifications.audits.AuditResult;
import health.covenant.certifications.audits.VendorAuditDetails;
import health.covenant.certifications.audits.VendorAuditView;

import org.springframework.format.annotation.DateTimeFormat;

/** The record/edit form of an audit. */
public class VendorAuditForm {

	private Long vendorId;

	private long version;

	@NotNull
	private AuditKind kind;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate performedOn;

	@NotBlank
	@Size(max = 200)
	private String auditor;

	@Size(max = 2000)
	private String scope;

	@NotNull
	private AuditResult result;

	@Size(max = 4000)
	private String summary;

	static VendorAuditForm of(VendorAuditView view) {
		VendorAuditForm form = new VendorAuditForm();
		form.vendorId = view.vendorId();
		form.version = view.version();
		form.kind = view.details().kind();
		form.performedOn = view.details().performedOn();
		form.auditor = view.details().auditor();
		form.scope = view.details().scope();
		form.result = view.details().result();
		form.summary = view.details().summary();
		return form;
	}

	VendorAuditDetails toDetails() {
		return new VendorAuditDetails(this.kind, this.performedOn, this.auditor, this.scope, this.result, this.summary);
	}

	public Long getVendorId() {
		return this.vendorId;
	}

	public void setVendorId(Long vendorId) {
		this.vendorId = vendorId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public AuditKind getKind() {
		return this.kind;
	}

	public void setKind(AuditKind kind) {
		this.kind = kind;
	}

	public LocalDate getPerformedOn() {
		return this.performedOn;
	}

	public void setPerformedOn(LocalDate performedOn) {
		this.performedOn = performedOn;
	}

	public String getAuditor() {
		return this.auditor;
	}

	public void setAuditor(String auditor) {
		this.auditor = auditor;
	}

	public String getScope() {
		return this.scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public AuditResult getResult() {
		return this.result;
	}

	public void setResult(AuditResult result) {
		this.result = result;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

}
