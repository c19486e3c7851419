package health.covenant.agreements;

import java.time.LocalDate;

/**
 * One compliance gap and where it is fixed.
 *
 * @param kind what is wrong
 * @param vendorId the vendor concerned
 * @param vendorName its name
 * @param agreementId the agreement concerned, if any
 * @param agreementKind its kind, if any
 * @param subject the sub-processor's name, or the codes of missing clauses, if any
 * @param date the date concerned (deadline, expiration), if any
 * @param days days from today to {@code date} (negative: past)
 * @param count how many (missing clauses)
 * @param link path of the page where it is fixed
 */
public record ComplianceGap(GapKind kind, long vendorId, String vendorName, Long agreementId,
		AgreementKind agreementKind, String subject, LocalDate date, Long days, int count, String link) {

	/** Message key of the sentence describing it. */
	public String messageKey() {
		return "gap." + this.kind.name();
	}

	/**
	 * Arguments of {@link #messageKey()}: vendor, agreement kind (or sub-processor), date (or count of
	 * missing clauses), days.
	 * @param kindLabel the agreement kind in the user's words
	 * @param dateText the date formatted for the user
	 */
	public Object[] messageArgs(String kindLabel, String dateText) {
		return new Object[] { this.vendorName, this.agreementKind != null ? kindLabel : this.subject,
				this.date != null ? dateText : this.count, this.days };
	}

}
