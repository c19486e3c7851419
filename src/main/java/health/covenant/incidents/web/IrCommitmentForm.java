package health.covenant.incidents.web;

import java.time.LocalDate;

import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.incidents.IrCommitmentDetails;
import health.covenant.incidents.IrCommitmentView;

import org.springframework.format.annotation.DateTimeFormat;

/** The incident-response commitments form of a vendor. */
public class IrCommitmentForm {

	private long version;
	private Integer incidentWindowValue;

	private BreachNoticeUnit incidentWindowUnit;

	private Integer contingencyNoticeHours;

	private String contactName;

	private String contactEmail;

	private String contactPhone;

	private boolean contactAroundTheClock;

	private boolean cooperates;

	private boolean forensicAccess;

	private boolean cyberInsured;

	private String cyberCoverage;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate planReviewedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tabletopOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate verificationReceivedOn;

	private String verificationOfficer;

	private String verificationOfficerTitle;

	static IrCommitmentForm of(IrCommitmentView view) {
		IrCommitmentForm form = new IrCommitmentForm();
		form.version = view.version();
		IrCommitmentDetails d = view.details();
		form.incidentWindowValue = d.incidentWindowValue();
		form.incidentWindowUnit = d.incidentWindowUnit();
		form.contingencyNoticeHours = d.contingencyNoticeHours();
		form.contactName = d.contactName();
		form.contactEmail = d.contactEmail();
		form.contactPhone = d.contactPhone();
		form.contactAroundTheClock = d.contactAroundTheClock();
		form.cooperates = d.cooperates();
		form.forensicAccess = d.forensicAccess();
		form.cyberInsured = d.cyberInsured();
		form.cyberCoverage = d.cyberCoverage();
		form.planReviewedOn = d.planReviewedOn();
		form.tabletopOn = d.tabletopOn();
		form.verificationReceivedOn = d.verificationReceivedOn();
		form.verificationOfficer = d.verificationOfficer();
		form.verificationOfficerTitle = d.verificationOfficerTitle();
		return form;
	}

	IrCommitmentDetails toDetails() {
		return new IrCommitmentDetails(this.incidentWindowValue, this.incidentWindowUnit, this.contingencyNoticeHours, this.contactName, this.contactEmail, this.contactPhone, this.contactAroundTheClock, this.cooperates, this.forensicAccess, this.cyberInsured, this.cyberCoverage, this.planReviewedOn, this.tabletopOn, this.verificationReceivedOn, this.verificationOfficer, this.verificationOfficerTitle);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Integer getIncidentWindowValue() {
		return this.incidentWindowValue;
	}

	public void setIncidentWindowValue(Integer incidentWindowValue) {
		this.incidentWindowValue = incidentWindowValue;
	}

	public BreachNoticeUnit getIncidentWindowUnit() {
		return this.incidentWindowUnit;
	}

	public void setIncidentWindowUnit(BreachNoticeUnit incidentWindowUnit) {
		this.incidentWindowUnit = incidentWindowUnit;
	}

	public Integer getContingencyNoticeHours() {
		return this.contingencyNoticeHours;
	}

	public void setContingencyNoticeHours(Integer contingencyNoticeHours) {
		this.contingencyNoticeHours = contingencyNoticeHours;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public boolean isContactAroundTheClock() {
		return this.contactAroundTheClock;
	}

	public void setContactAroundTheClock(boolean contactAroundTheClock) {
		this.contactAroundTheClock = contactAroundTheClock;
	}

	public boolean isCooperates() {
		return this.cooperates;
	}

	public void setCooperates(boolean cooperates) {
		this.cooperates = cooperates;
	}

	public boolean isForensicAccess() {
		return this.forensicAccess;
	}

	public void setForensicAccess(boolean forensicAccess) {
		this.forensicAccess = forensicAccess;
	}

	public boolean isCyberInsured() {
		return this.cyberInsured;
	}

	public void setCyberInsured(boolean cyberInsured) {
		this.cyberInsured = cyberInsured;
	}

	public String getCyberCoverage() {
		return this.cyberCoverage;
	}

	public void setCyberCoverage(String cyberCoverage) {
		this.cyberCoverage = cyberCoverage;
	}

	public LocalDate getPlanReviewedOn() {
		return this.planReviewedOn;
	}

	public void setPlanReviewedOn(LocalDate planReviewedOn) {
		this.planReviewedOn = planReviewedOn;
	}

	public LocalDate getTabletopOn() {
		return this.tabletopOn;
	}

	public void setTabletopOn(LocalDate tabletopOn) {
		this.tabletopOn = tabletopOn;
	}

	public LocalDate getVerificationReceivedOn() {
		return this.verificationReceivedOn;
	}

	public void setVerificationReceivedOn(LocalDate verificationReceivedOn) {
		this.verificationReceivedOn = verificationReceivedOn;
	}

	public String getVerificationOfficer() {
		return this.verificationOfficer;
	}

	public void setVerificationOfficer(String verificationOfficer) {
		this.verificationOfficer = verificationOfficer;
	}

	public String getVerificationOfficerTitle() {
		return this.verificationOfficerTitle;
	}

	public void setVerificationOfficerTitle(String verificationOfficerTitle) {
		this.verificationOfficerTitle = verificationOfficerTitle;
	}

}
