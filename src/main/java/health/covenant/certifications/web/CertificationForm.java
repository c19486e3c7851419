package health.covenant.certifications.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import health.covenant.certifications.CertificationDetails;
import health.covenant.certifications.CertificationType;
import health.covenant.certifications.CertificationView;
import health.covenant.certifications.ServiceCoverage;

import org.springframework.format.annotation.DateTimeFormat;

/** The add/edit form of a certification. */
public class CertificationForm {

	private Long vendorId;

	private long version;

	@NotNull
	private CertificationType type;

	@NotBlank
	@Size(max = 200)
	private String issuer;

	@Size(max = 2000)
	private String scope;

	@NotNull
	private ServiceCoverage coversService = ServiceCoverage.YES;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reportDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodEnd;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate bridgeLetterUntil;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate interimSubmittedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate surveillance1DoneOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate surveillance2DoneOn;

	private boolean exceptionsNoted;

	@Size(max = 2000)
	private String exceptionsSummary;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate explicitExpiry;

	private boolean verified;

	static CertificationForm of(CertificationView view) {
		CertificationForm form = new CertificationForm();
		CertificationDetails d = view.details();
		form.vendorId = view.vendorId();
		form.version = view.version();
		form.type = d.type();
		form.issuer = d.issuer();
		form.scope = d.scope();
		form.coversService = d.coversService();
		form.reportDate = d.reportDate();
		form.periodStart = d.periodStart();
		form.periodEnd = d.periodEnd();
		form.bridgeLetterUntil = d.bridgeLetterUntil();
		form.interimSubmittedOn = d.interimSubmittedOn();
		form.surveillance1DoneOn = d.surveillance1DoneOn();
		form.surveillance2DoneOn = d.surveillance2DoneOn();
		form.exceptionsNoted = d.exceptionsNoted();
		form.exceptionsSummary = d.exceptionsSummary();
		form.explicitExpiry = d.explicitExpiry();
		form.verified = view.verified();
		return form;
	}

	CertificationDetails toDetails() {
		return new CertificationDetails(this.type, this.issuer, this.scope, this.coversService, this.reportDate,
				this.periodStart, this.periodEnd, this.bridgeLetterUntil, this.interimSubmittedOn,
				this.surveillance1DoneOn, this.surveillance2DoneOn, this.exceptionsNoted, this.exceptionsSummary,
				this.explicitExpiry);
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

	public CertificationType getType() {
		return this.type;
	}

	public void setType(CertificationType type) {
		this.type = type;
	}

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getScope() {
		return this.scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public ServiceCoverage getCoversService() {
		return this.coversService;
	}

	public void setCoversService(ServiceCoverage coversService) {
		this.coversService = coversService;
	}

	public LocalDate getReportDate() {
		return this.reportDate;
	}

	public void setReportDate(LocalDate reportDate) {
		this.reportDate = reportDate;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public void setPeriodStart(LocalDate periodStart) {
		this.periodStart = periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public void setPeriodEnd(LocalDate periodEnd) {
		this.periodEnd = periodEnd;
	}

	public LocalDate getBridgeLetterUntil() {
		return this.bridgeLetterUntil;
	}

	public void setBridgeLetterUntil(LocalDate bridgeLetterUntil) {
		this.bridgeLetterUntil = bridgeLetterUntil;
	}

	public LocalDate getInterimSubmittedOn() {
		return this.interimSubmittedOn;
	}

	public void setInterimSubmittedOn(LocalDate interimSubmittedOn) {
		this.interimSubmittedOn = interimSubmittedOn;
	}

	public LocalDate getSurveillance1DoneOn() {
		return this.surveillance1DoneOn;
	}

	public void setSurveillance1DoneOn(LocalDate surveillance1DoneOn) {
		this.surveillance1DoneOn = surveillance1DoneOn;
	}

	public LocalDate getSurveillance2DoneOn() {
		return this.surveillance2DoneOn;
	}

	public void setSurveillance2DoneOn(LocalDate surveillance2DoneOn) {
		this.surveillance2DoneOn = surveillance2DoneOn;
	}

	public boolean isExceptionsNoted() {
		return this.exceptionsNoted;
	}

	public void setExceptionsNoted(boolean exceptionsNoted) {
		this.exceptionsNoted = exceptionsNoted;
	}

	public String getExceptionsSummary() {
		return this.exceptionsSummary;
	}

	public void setExceptionsSummary(String exceptionsSummary) {
		this.exceptionsSummary = exceptionsSummary;
	}

	public LocalDate getExplicitExpiry() {
		return this.explicitExpiry;
	}

	public void setExplicitExpiry(LocalDate explicitExpiry) {
		this.explicitExpiry = explicitExpiry;
	}

	public boolean isVerified() {
		return this.verified;
	}

	public void setVerified(boolean verified) {
		this.verified = verified;
	}

}
