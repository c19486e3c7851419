package health.covenant.assessments.findings;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import health.covenant.shared.jpa.AuditableEntity;

/** A gap found in a vendor, tracked until it is remediated or its risk accepted. */
@Entity
@Table(name = "finding")
class Finding extends AuditableEntity {

	@Column(name = "vendor_id", nullable = false, updatable = false)
	private long vendorId;

	/** The vendor's name for the list's order by vendor; renamed with the vendor by SQL (see FindingService). */
	@Column(name = "vendor_name", nullable = false, updatable = false)
	private String vendorName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private FindingSourceKind source;

	@Column(name = "assessment_id", updatable = false)
	private Long assessmentId;

	@Column(name = "question_code", updatable = false)
	private String questionCode;

	@Column(name = "vendor_audit_id", updatable = false)
	private Long vendorAuditId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FindingSeverity severity;

	@Column(nullable = false)
	private String title;

	private String description;

	@Column(name = "vendor_contact")
	private String vendorContact;

	@Column(name = "owner_id")
	private Long ownerId;

	@Column(name = "opened_on", nullable = false)
	private LocalDate openedOn;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FindingStatus status;

	@Column(name = "remediated_on")
	private LocalDate remediatedOn;

	@Column(name = "remediation_note")
	private String remediationNote;

	@Column(name = "acceptance_justification")
	private String acceptanceJustification;

	@Column(name = "accepted_by")
	private String acceptedBy;

	@Column(name = "accepted_on")
	private LocalDate acceptedOn;

	@Column(name = "acceptance_expires_on")
	private LocalDate acceptanceExpiresOn;

	@Column(nullable = false)
	private int cycle;

	protected Finding() {
	}

	Finding(long vendorId, String vendorName, FindingSource source, FindingDetails details, LocalDate openedOn) {
		this.vendorId = vendorId;
		this.vendorName = vendorName;
		this.source = source.kind();
		this.assessmentId = source.assessmentId();
		this.questionCode = source.questionCode();
		this.vendorAuditId = source.auditId();
		this.openedOn = openedOn;
		this.status = FindingStatus.OPEN;
		apply(details);
	}

	void apply(FindingDetails details) {
		this.severity = details.severity();
		this.title = details.title().strip();
		this.description = blankToNull(details.description());
		this.vendorContact = blankToNull(details.vendorContact());
		this.ownerId = details.ownerId();
		this.dueOn = details.dueOn();
	}

	void remediate(LocalDate on, String note) {
		this.status = FindingStatus.REMEDIATED;
		this.remediatedOn = on;
		this.remediationNote = blankToNull(note);
		clearAcceptance();
	}

	void acceptRisk(String justification, String by, LocalDate on, LocalDate expiresOn) {
		this.status = FindingStatus.RISK_ACCEPTED;
		this.acceptanceJustification = justification.strip();
		this.acceptedBy = by;
		this.acceptedOn = on;
		this.acceptanceExpiresOn = expiresOn;
	}

	void reopen() {
		this.status = FindingStatus.OPEN;
		this.remediatedOn = null;
		this.remediationNote = null;
		clearAcceptance();
		this.cycle++;
	}

	private void clearAcceptance() {
		this.acceptanceJustification = null;
		this.acceptedBy = null;
		this.acceptedOn = null;
		this.acceptanceExpiresOn = null;
	}

	Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("vendorId", this.vendorId);
		values.put("source", this.source);
		values.put("assessmentId", this.assessmentId);
		values.put("questionCode", this.questionCode);
		values.put("vendorAuditId", this.vendorAuditId);
		values.put("severity", this.severity);
		values.put("title", this.title);
		values.put("description", this.description);
		values.put("vendorContact", this.vendorContact);
		values.put("ownerId", this.ownerId);
		values.put("openedOn", this.openedOn);
		values.put("dueOn", this.dueOn);
		values.put("status", this.status);
		values.put("remediatedOn", this.remediatedOn);
		values.put("remediationNote", this.remediationNote);
		values.put("acceptanceJustification", this.acceptanceJustification);
		values.put("acceptedBy", this.acceptedBy);
		values.put("acceptedOn", this.acceptedOn);
		values.put("acceptanceExpiresOn", this.acceptanceExpiresOn);
		return values;
	}

	FindingView view(LocalDate today) {
		return new FindingView(getId(), getVersion(), this.vendorId,
				new FindingSource(this.source, this.assessmentId, this.questionCode, this.vendorAuditId),
				new FindingDetails(this.severity, this.title, this.description, this.vendorContact, this.ownerId,
						this.dueOn),
				this.openedOn, this.status, FindingRules.effectiveStatus(this.status, this.acceptanceExpiresOn, today),
				FindingRules.overdue(this.status, this.dueOn, this.acceptanceExpiresOn, today), this.remediatedOn,
				this.remediationNote, this.acceptanceJustification, this.acceptedBy, this.acceptedOn,
				this.acceptanceExpiresOn, this.cycle, getCreatedBy(), getCreatedAt(), getUpdatedBy(), getUpdatedAt());
	}

	long getVendorId() {
		return this.vendorId;
	}

	FindingStatus getStatus() {
		return this.status;
	}

	LocalDate getAcceptanceExpiresOn() {
		return this.acceptanceExpiresOn;
	}

	LocalDate getOpenedOn() {
		return this.openedOn;
	}

	Long getOwnerId() {
		return this.ownerId;
	}

	String getTitle() {
		return this.title;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
