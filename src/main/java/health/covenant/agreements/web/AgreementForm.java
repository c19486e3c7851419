package health.covenant.agreements.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import health.covenant.agreements.AgreementDetails;
import health.covenant.agreements.AgreementKind;
import health.covenant.agreements.AgreementStatus;
import health.covenant.agreements.AgreementView;
import health.covenant.agreements.BreachNoticeUnit;

import org.springframework.format.annotation.DateTimeFormat;

/** The agreement form: field names are the stable ids browser tests use. */
public class AgreementForm {

	private Long vendorId;

	@NotNull
	private AgreementKind kind = AgreementKind.BAA;

	@NotNull
	private AgreementStatus status = AgreementStatus.DRAFT;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expirationDate;

	private boolean autoRenews;

	@Min(0)
	@Max(1200)
	private Integer renewalTermMonths;

	@Min(0)
	@Max(3650)
	private Integer noticePeriodDays;

	@Min(0)
	@Max(100000)
	private Integer breachNoticeValue;

	private BreachNoticeUnit breachNoticeUnit = BreachNoticeUnit.CALENDAR_DAYS;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate signedDate;

	@Size(max = 200)
	private String counterpartySignatory;

	private Long ownerId;

	@Size(max = 4000)
	private String notes;

	private long version;

	static AgreementForm of(AgreementView view) {
		AgreementForm form = new AgreementForm();
		AgreementDetails d = view.details();
		form.vendorId = view.vendorId();
		form.kind = d.kind();
		form.status = d.status();
		form.effectiveDate = d.effectiveDate();
		form.expirationDate = d.expirationDate();
		form.autoRenews = d.autoRenews();
		form.renewalTermMonths = d.renewalTermMonths();
		form.noticePeriodDays = d.noticePeriodDays();
		form.breachNoticeValue = d.breachNoticeValue();
		form.breachNoticeUnit = d.breachNoticeUnit() == null ? BreachNoticeUnit.CALENDAR_DAYS : d.breachNoticeUnit();
		form.signedDate = d.signedDate();
		form.counterpartySignatory = d.counterpartySignatory();
		form.ownerId = d.ownerId();
		form.notes = d.notes();
		form.version = view.version();
		return form;
	}

	AgreementDetails toDetails() {
		return new AgreementDetails(this.kind, this.status, this.effectiveDate, this.expirationDate, this.autoRenews,
				this.renewalTermMonths, this.noticePeriodDays, this.breachNoticeValue,
				this.breachNoticeValue == null ? null : this.breachNoticeUnit, this.signedDate,
				this.counterpartySignatory, this.ownerId, this.notes);
	}

	public Long getVendorId() {
		return this.vendorId;
	}

	public void setVendorId(Long vendorId) {
		this.vendorId = vendorId;
	}

	public AgreementKind getKind() {
		return this.kind;
	}

	public void setKind(AgreementKind kind) {
		this.kind = kind;
	}

	public AgreementStatus getStatus() {
		return this.status;
	}

	public void setStatus(AgreementStatus status) {
		this.status = status;
	}

	public LocalDate getEffectiveDate() {
		return this.effectiveDate;
	}

	public void setEffectiveDate(LocalDate effectiveDate) {
		this.effectiveDate = effectiveDate;
	}

	public LocalDate getExpirationDate() {
		return this.expirationDate;
	}

	public void setExpirationDate(LocalDate expirationDate) {
		this.expirationDate = expirationDate;
	}

	public boolean isAutoRenews() {
		return this.autoRenews;
	}

	public void setAutoRenews(boolean autoRenews) {
		this.autoRenews = autoRenews;
	}

	public Integer getRenewalTermMonths() {
		return this.renewalTermMonths;
	}

	public void setRenewalTermMonths(Integer renewalTermMonths) {
		this.renewalTermMonths = renewalTermMonths;
	}

	public Integer getNoticePeriodDays() {
		return this.noticePeriodDays;
	}

	public void setNoticePeriodDays(Integer noticePeriodDays) {
		this.noticePeriodDays = noticePeriodDays;
	}

	public Integer getBreachNoticeValue() {
		return this.breachNoticeValue;
	}

	public void setBreachNoticeValue(Integer breachNoticeValue) {
		this.breachNoticeValue = breachNoticeValue;
	}

	public BreachNoticeUnit getBreachNoticeUnit() {
		return this.breachNoticeUnit;
	}

	public void setBreachNoticeUnit(BreachNoticeUnit breachNoticeUnit) {
		this.breachNoticeUnit = breachNoticeUnit;
	}

	public LocalDate getSignedDate() {
		return this.signedDate;
	}

	public void setSignedDate(LocalDate signedDate) {
		this.signedDate = signedDate;
	}

	public String getCounterpartySignatory() {
		return this.counterpartySignatory;
	}

	public void setCounterpartySignatory(String counterpartySignatory) {
		this.counterpartySignatory = counterpartySignatory;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
