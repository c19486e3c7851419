package health.covenant.certifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import health.covenant.shared.jpa.AuditableEntity;

@Entity
@Table(name = "certification")
class Certification extends AuditableEntity {

	@Column(name = "vendor_id", nullable = false, updatable = false)
	private long vendorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CertificationType type;

	@Column(nullable = false)
	private String issuer;

	@Column
	private String scope;

	@Enumerated(EnumType.STRING)
	@Column(name = "covers_service", nullable = false)
	private ServiceCoverage coversService;

	@Column(name = "report_date", nullable = false)
	private LocalDate reportDate;

	@Column(name = "period_start")
	private LocalDate periodStart;

	@Column(name = "period_end")
	private LocalDate periodEnd;

	@Column(name = "bridge_letter_until")
	private LocalDate bridgeLetterUntil;

	@Column(name = "interim_submitted_on")
	private LocalDate interimSubmittedOn;

	@Column(name = "surveillance1_done_on")
	private LocalDate surveillance1DoneOn;

	@Column(name = "surveillance2_done_on")
	private LocalDate surveillance2DoneOn;

	@Column(name = "exceptions_noted", nullable = false)
	private boolean exceptionsNoted;

	@Column(name = "exceptions_summary")
	private String exceptionsSummary;

	@Column(name = "explicit_expiry")
	private LocalDate explicitExpiry;

	@Column(name = "verified_by")
	private String verifiedBy;

	@Column(name = "verified_at")
	private Instant verifiedAt;

	protected Certification() {
	}

	Certification(long vendorId, CertificationDetails details) {
		this.vendorId = vendorId;
		apply(details);
	}

	void apply(CertificationDetails details) {
		CertificationDetails d = details.normalised();
		this.type = d.type();
		this.issuer = d.issuer();
		this.scope = d.scope();
		this.coversService = d.coversService();
		this.reportDate = d.reportDate();
		this.periodStart = d.periodStart();
		this.periodEnd = d.periodEnd();
		this.bridgeLetterUntil = d.bridgeLetterUntil();
		this.interimSubmittedOn = d.interimSubmittedOn();
		this.surveillance1DoneOn = d.surveillance1DoneOn();
		this.surveillance2DoneOn = d.surveillance2DoneOn();
		this.exceptionsNoted = d.exceptionsNoted();
		this.exceptionsSummary = d.exceptionsSummary();
		this.explicitExpiry = d.explicitExpiry();
	}

	CertificationDetails details() {
		return new CertificationDetails(this.type, this.issuer, this.scope, this.coversService, this.reportDate,
				this.periodStart, this.periodEnd, this.bridgeLetterUntil, this.interimSubmittedOn,
				this.surveillance1DoneOn, this.surveillance2DoneOn, this.exceptionsNoted, this.exceptionsSummary,
				this.explicitExpiry);
	}

	void markVerified(String by, Instant at) {
		this.verifiedBy = by;
		this.verifiedAt = at;
	}

	void clearVerified() {
		this.verifiedBy = null;
		this.verifiedAt = null;
	}

	/** The recorded values for the audit trail's before/after. */
	Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("type", this.type);
		values.put("issuer", this.issuer);
		values.put("scope", this.scope);
		values.put("coversService", this.coversService);
		values.put("reportDate", this.reportDate);
		values.put("periodStart", this.periodStart);
		values.put("periodEnd", this.periodEnd);
		values.put("bridgeLetterUntil", this.bridgeLetterUntil);
		values.put("interimSubmittedOn", this.interimSubmittedOn);
		values.put("surveillance1DoneOn", this.surveillance1DoneOn);
		values.put("surveillance2DoneOn", this.surveillance2DoneOn);
		values.put("exceptionsNoted", this.exceptionsNoted);
		values.put("exceptionsSummary", this.exceptionsSummary);
		values.put("explicitExpiry", this.explicitExpiry);
		values.put("verifiedBy", this.verifiedBy);
		values.put("verifiedAt", this.verifiedAt);
		return values;
	}

	long getVendorId() {
		return this.vendorId;
	}

	CertificationType getType() {
		return this.type;
	}

	LocalDate getReportDate() {
		return this.reportDate;
	}

	String getVerifiedBy() {
		return this.verifiedBy;
	}

	Instant getVerifiedAt() {
		return this.verifiedAt;
	}

}
