package health.covenant.agreements;

import java.time.LocalDate;

/**
 * One agreement in a list, with its dates computed for today.
 *
 * @param status the stored status
 * @param standing ended (how, when) or live, and a later version taking effect
 * @param missingRequired how many required clauses are not fulfilled (BAAs; 0 otherwise)
 * @param phiReturnedOn the day the vendor returned or destroyed our PHI, recorded on this BAA
 */
public record AgreementRow(long id, long vendorId, String vendorName, AgreementKind kind, AgreementStatus status,
		LocalDate effectiveDate, LocalDate signedDate, AgreementTerms.Schedule schedule, Long daysToNoticeDeadline,
		String ownerName, int missingRequired, boolean autoRenews, AgreementStanding standing,
		LocalDate phiReturnedOn) {

	/** Executed, not ended and in force today: a BAA in this state covers the vendor. */
	public boolean current() {
		return this.status == AgreementStatus.EXECUTED && !this.standing.ended()
				&& (this.schedule.state() == TermState.ACTIVE || this.schedule.state() == TermState.NOTICE_WINDOW_OPEN
						|| this.schedule.state() == TermState.LOCKED_IN);
	}

	/** The status to show (superseded once a later version took effect). */
	public AgreementStatus shownStatus() {
		return this.standing.shownStatus(this.status);
	}

	/** The date that needs action next: the last day to give notice, else the term end; none once ended. */
	public LocalDate keyDate() {
		if (this.standing.ended()) {
			return null;
		}
		return this.schedule.keyDate();
	}

}
