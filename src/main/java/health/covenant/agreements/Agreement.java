package health.covenant.agreements;

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
@Table(name = "agreement")
class Agreement extends AuditableEntity {

	@Column(name = "vendor_id", nullable = false, updatable = false)
	private long vendorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgreementKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgreementStatus status;

	@Column(name = "effective_date")
	private LocalDate effectiveDate;

	@Column(name = "expiration_date")
	private LocalDate expirationDate;

	@Column(name = "auto_renews", nullable = false)
	private boolean autoRenews;

	@Column(name = "renewal_term_months")
	private Integer renewalTermMonths;

	@Column(name = "notice_period_days")
	private Integer noticePeriodDays;

	@Column(name = "breach_notice_value")
	private Integer breachNoticeValue;

	@Enumerated(EnumType.STRING)
	@Column(name = "breach_notice_unit")
	private BreachNoticeUnit breachNoticeUnit;

	@Column(name = "signed_date")
	private LocalDate signedDate;

	@Column(name = "counterparty_signatory")
	private String counterpartySignatory;

	@Column(name = "owner_id")
	private Long ownerId;

	@Column
	private String notes;

	@Column(name = "supersedes_id", updatable = false)
	private Long supersedesId;

	@Column(name = "current_term_end")
	private LocalDate currentTermEnd;

	@Column(name = "next_notice_deadline")
	private LocalDate nextNoticeDeadline;

	@Column(name = "key_date")
	private LocalDate keyDate;

	@Column(name = "ended_on")
	private LocalDate endedOn;

	@Column(name = "phi_returned_on")
	private LocalDate phiReturnedOn;

	/** Derived: required clauses its findings leave unfulfilled ({@link ClauseCatalog#missingRequired}). */
	@Column(name = "missing_required_clauses", nullable = false)
	private int missingRequiredClauses;

	protected Agreement() {
	}

	Agreement(long vendorId, Long supersedesId, AgreementDetails details) {
		this.vendorId = vendorId;
		this.supersedesId = supersedesId;
		apply(details);
	}

	void apply(AgreementDetails details) {
		this.kind = details.kind();
		this.status = details.status();
		this.effectiveDate = details.effectiveDate();
		this.expirationDate = details.expirationDate();
		this.autoRenews = details.autoRenews();
		this.renewalTermMonths = details.autoRenews() ? details.renewalTermMonths() : null;
		this.noticePeriodDays = details.noticePeriodDays();
		this.breachNoticeValue = details.breachNoticeValue();
		this.breachNoticeUnit = details.breachNoticeValue() == null ? null : details.breachNoticeUnit();
		this.signedDate = details.signedDate();
		this.counterpartySignatory = blankToNull(details.counterpartySignatory());
		this.ownerId = details.ownerId();
		this.notes = blankToNull(details.notes());
	}

	void changeStatus(AgreementStatus status) {
		this.status = status;
	}

	/** Records the day it ended (kept if already recorded). */
	void endedOn(LocalDate day) {
		if (this.endedOn == null) {
			this.endedOn = day;
		}
	}

	/** Stores the count of missing required clauses, as the clause catalogue's rule computed it. */
	void countMissingClauses(int missing) {
		this.missingRequiredClauses = missing;
	}

	void recordPhiReturned(LocalDate day) {
		this.phiReturnedOn = day;
	}

	/**
	 * Stores the dates computed as of {@code today} (for sorting and filtering): none once the
	 * agreement has ended (expired, terminated, superseded), so ended agreements sort last.
	 */
	void computeDates(LocalDate today) {
		StoredDates dates = datesOn(today);
		this.currentTermEnd = dates.currentTermEnd();
		this.nextNoticeDeadline = dates.nextNoticeDeadline();
		this.keyDate = dates.keyDate();
	}

	/** The dates to store as of {@code today}: those of the schedule while open, none once ended. */
	StoredDates datesOn(LocalDate today) {
		if (!this.status.isOpen()) {
			return new StoredDates(null, null, null);
		}
		AgreementTerms.Schedule schedule = details().terms().on(today);
		return new StoredDates(schedule.currentTermEnd(), schedule.nextNoticeDeadline(), schedule.keyDate());
	}

	/** The computed dates stored on an agreement for sorting and filtering. */
	record StoredDates(LocalDate currentTermEnd, LocalDate nextNoticeDeadline, LocalDate keyDate) {
	}

	AgreementDetails details() {
		return new AgreementDetails(this.kind, this.status, this.effectiveDate, this.expirationDate, this.autoRenews,
				this.renewalTermMonths, this.noticePeriodDays, this.breachNoticeValue, this.breachNoticeUnit,
				this.signedDate, this.counterpartySignatory, this.ownerId, this.notes);
	}

	/** Field values for the audit log's before/after. */
	Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("vendorId", this.vendorId);
		values.put("kind", this.kind);
		values.put("status", this.status);
		values.put("effectiveDate", this.effectiveDate);
		values.put("expirationDate", this.expirationDate);
		values.put("autoRenews", this.autoRenews);
		values.put("renewalTermMonths", this.renewalTermMonths);
		values.put("noticePeriodDays", this.noticePeriodDays);
		values.put("breachNoticeValue", this.breachNoticeValue);
		values.put("breachNoticeUnit", this.breachNoticeUnit);
		values.put("signedDate", this.signedDate);
		values.put("counterpartySignatory", this.counterpartySignatory);
		values.put("ownerId", this.ownerId);
		values.put("notes", this.notes);
		values.put("supersedesId", this.supersedesId);
		values.put("endedOn", this.endedOn);
		values.put("phiReturnedOn", this.phiReturnedOn);
		return values;
	}

	long getVendorId() {
		return this.vendorId;
	}

	AgreementKind getKind() {
		return this.kind;
	}

	AgreementStatus getStatus() {
		return this.status;
	}

	Long getSupersedesId() {
		return this.supersedesId;
	}

	Long getOwnerId() {
		return this.ownerId;
	}

	LocalDate getEndedOn() {
		return this.endedOn;
	}

	int getMissingRequiredClauses() {
		return this.missingRequiredClauses;
	}

	LocalDate getPhiReturnedOn() {
		return this.phiReturnedOn;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
