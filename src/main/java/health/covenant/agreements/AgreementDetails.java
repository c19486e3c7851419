package health.covenant.agreements;

import java.time.LocalDate;

/**
 * The editable fields of an agreement. Dates are calendar dates in the organisation's time zone;
 * {@code expirationDate} null means evergreen.
 */
public record AgreementDetails(AgreementKind kind, AgreementStatus status, LocalDate effectiveDate,
		LocalDate expirationDate, boolean autoRenews, Integer renewalTermMonths, Integer noticePeriodDays,
		Integer breachNoticeValue, BreachNoticeUnit breachNoticeUnit, LocalDate signedDate,
		String counterpartySignatory, Long ownerId, String notes) {

	public AgreementTerms terms() {
		return new AgreementTerms(this.effectiveDate, this.expirationDate, this.autoRenews,
				this.renewalTermMonths == null ? 0 : Math.max(0, this.renewalTermMonths),
				this.noticePeriodDays == null ? 0 : Math.max(0, this.noticePeriodDays));
	}

	public BreachNoticeWindow breachNoticeWindow() {
		return this.breachNoticeValue == null || this.breachNoticeUnit == null ? null
				: new BreachNoticeWindow(Math.max(0, this.breachNoticeValue), this.breachNoticeUnit);
	}

}
