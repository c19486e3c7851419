package health.covenant.agreements;

import java.time.LocalDate;

/**
 * One agreement in a list, with its dates computed for today.
 *
 * @param missingRequired how many required clauses are not found present (BAAs; 0 otherwise)
 */
public record AgreementRow(long id, long vendorId, String vendorName, AgreementKind kind, AgreementStatus status,
		LocalDate effectiveDate, LocalDate signedDate, AgreementTerms.Schedule schedule, Long daysToNoticeDeadline,
		String ownerName, int missingRequired, boolean autoRenews) {

	/** Executed and in force today: it covers the vendor. */
	public boolean current() {
		return this.status == AgreementStatus.EXECUTED && (this.schedule.state() == TermState.ACTIVE
				|| this.schedule.state() == TermState.NOTICE_WINDOW_OPEN || this.schedule.state() == TermState.LOCKED_IN);
	}

	/** The date that needs action next: the last day to give notice, else the term end. */
	public LocalDate keyDate() {
		return this.schedule.nextNoticeDeadline() != null ? this.schedule.nextNoticeDeadline()
				: this.schedule.currentTermEnd();
	}

}
