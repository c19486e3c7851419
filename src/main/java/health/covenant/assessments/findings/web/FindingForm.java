package health.covenant.assessments.findings.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import health.covenant.assessments.findings.FindingDetails;
import health.covenant.assessments.findings.FindingSeverity;
import health.covenant.assessments.findings.FindingSource;
import health.covenant.assessments.findings.FindingSourceKind;
import health.covenant.assessments.findings.FindingView;

import org.springframework.format.annotation.DateTimeFormat;

/** The open/edit form of a finding; the source (audit or assessment question) comes from the link that opened it. */
public class FindingForm {

	private Long vendorId;

	private long version;

	private Long auditId;

	private Long assessmentId;

	@Size(max = 40)
	private String questionCode;

	@NotNull
	private FindingSeverity severity;

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 4000)
	private String description;

	@Size(max = 300)
	private String vendorContact;

	private Long ownerId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	static FindingForm of(FindingView view) {
		FindingForm form = new FindingForm();
		form.vendorId = view.vendorId();
		form.version = view.version();
		form.auditId = view.source().auditId();
		form.assessmentId = view.source().assessmentId();
		form.questionCode = view.source().questionCode();
		form.severity = view.details().severity();
		form.title = view.details().title();
		form.description = view.details().description();
		form.vendorContact = view.details().vendorContact();
		form.ownerId = view.details().ownerId();
		form.dueOn = view.details().dueOn();
		return form;
	}

	FindingSource toSource() {
		if (this.auditId != null) {
			return FindingSource.audit(this.auditId);
		}
		if (this.assessmentId != null && this.questionCode != null && !this.questionCode.isBlank()) {
			return FindingSource.assessment(this.assessmentId, this.questionCode.strip());
		}
		return FindingSource.manual();
	}

	public FindingSourceKind getSourceKind() {
		return toSource().kind();
	}

	FindingDetails toDetails() {
		return new FindingDetails(this.severity, this.title, this.description, this.vendorContact, this.ownerId,
				this.dueOn);
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

	public Long getAuditId() {
		return this.auditId;
	}

	public void setAuditId(Long auditId) {
		this.auditId = auditId;
	}

	public Long getAssessmentId() {
		return this.assessmentId;
	}

	public void setAssessmentId(Long assessmentId) {
		this.assessmentId = assessmentId;
	}

	public String getQuestionCode() {
		return this.questionCode;
	}

	public void setQuestionCode(String questionCode) {
		this.questionCode = questionCode;
	}

	public FindingSeverity getSeverity() {
		return this.severity;
	}

	public void setSeverity(FindingSeverity severity) {
		this.severity = severity;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getVendorContact() {
		return this.vendorContact;
	}

	public void setVendorContact(String vendorContact) {
		this.vendorContact = vendorContact;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

}
