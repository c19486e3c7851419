package health.covenant.agreements;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The term of an agreement and the dates computed from it, never typed twice. Pure: "today" is a
 * parameter (callers take it from the injected {@code Clock} in the organisation's time zone).
 *
 * <h2>Semantics</h2>
 * <ul>
 * <li>All dates are calendar dates in the organisation's time zone.</li>
 * <li><b>Expiration date is inclusive</b>: it is the last day the agreement is in force. On that day
 * {@code daysRemaining} is 0 and the agreement is not expired; it is expired from the next day. No
 * expiration date means <b>evergreen</b>: no term end, no notice deadline, state {@code ACTIVE}.</li>
 * <li><b>Auto-renewal</b> (auto-renews and a renewal term of at least one month): the first term ends
 * on the expiration date; each renewal term starts the day after the previous one ends and ends the
 * day before the same calendar date R months later. All terms are anchored on the <b>renewal
 * anchor</b>, the day after the original expiration: renewal {@code k} ends the day before
 * {@code anchor + k × R months}, or on the last day of that month when it has no such date (an
 * anchor on the 30th reaches February). So a first term ending 28 Feb 2027 renews to 29 Feb 2028, not
 * 28 Feb; one ending 30 Jun renews monthly to 31 Jul, then 31 Aug (not 30 Jul, 30 Aug); 31 Jan renews
 * monthly to 28 Feb (29 in a leap year), then 31 Mar. Terms never overlap and leave no day out. The
 * <b>current term end</b> is the first term end on or after today. An auto-renewing agreement never
 * expires by itself: only a status change (terminated, superseded) ends it.</li>
 * <li><b>Last day to give notice</b> = current term end − notice period (days), <b>inclusive</b>:
 * notice received on that day is in time, on the next day it is late. Only auto-renewing agreements
 * have one (a non-renewing agreement ends by itself; an evergreen one can be ended at any time with
 * notice). A notice period of 0 makes the term end itself the last day.</li>
 * <li>If the notice period is longer than what remains of the term (even longer than the whole
 * term), the last day for the current term is already past: the agreement is {@code LOCKED_IN} and
 * the <b>next notice deadline</b> is the first one on or after today over the later terms, and
 * {@code noticeTermEnd} the end of the term that notice stops (the deadline and the term end shown
 * together always belong to the same term).</li>
 * <li><b>State</b>: {@code UNDATED} without effective date; {@code NOT_YET_EFFECTIVE} before it;
 * {@code EXPIRED} after the expiration of a non-renewing agreement; {@code LOCKED_IN} when the
 * current term's last day to give notice has passed; {@code NOTICE_WINDOW_OPEN} when it is today or
 * within the next {@link #LOOK_AHEAD_DAYS} days; {@code ACTIVE} otherwise.</li>
 * </ul>
 *
 * @param effectiveDate first day in force (null: undated draft)
 * @param expirationDate last day of the first term, inclusive (null: evergreen)
 * @param autoRenews renews term by term until ended
 * @param renewalTermMonths length of each renewal (0 with auto-renewal: treated as not renewing)
 * @param noticePeriodDays days of notice needed to stop a renewal
 */
public record AgreementTerms(LocalDate effectiveDate, LocalDate expirationDate, boolean autoRenews,
		int renewalTermMonths, int noticePeriodDays) {

	/** Days ahead in which a notice deadline or an expiration counts as near (policy, as the gap horizon). */
	public static final int LOOK_AHEAD_DAYS = 90;

	public AgreementTerms {
		if (renewalTermMonths < 0 || noticePeriodDays < 0) {
			throw new IllegalArgumentException("renewal term and notice period must not be negative");
		}
	}

	public boolean evergreen() {
		return this.expirationDate == null;
	}

	public boolean renews() {
		return this.autoRenews && this.renewalTermMonths > 0 && this.expirationDate != null;
	}

	/** The computed dates as of {@code today}. */
	public Schedule on(LocalDate today) {
		if (this.effectiveDate == null) {
			return new Schedule(TermState.UNDATED, null, null, null, null, null, 0);
		}
		if (this.expirationDate == null) {
			TermState state = today.isBefore(this.effectiveDate) ? TermState.NOT_YET_EFFECTIVE : TermState.ACTIVE;
			return new Schedule(state, null, null, null, null, null, 0);
		}
		int renewal = renews() ? currentRenewal(today) : 0;
		LocalDate termEnd = termEnd(renewal);
		Long daysRemaining = ChronoUnit.DAYS.between(today, termEnd);
		LocalDate noticeDeadline = null;
		LocalDate nextNoticeDeadline = null;
		LocalDate noticeTermEnd = null;
		if (renews()) {
			noticeDeadline = termEnd.minusDays(this.noticePeriodDays);
			int k = renewal;
			noticeTermEnd = termEnd;
			nextNoticeDeadline = noticeDeadline;
			while (nextNoticeDeadline.isBefore(today)) {
				k++;
				noticeTermEnd = termEnd(k);
				nextNoticeDeadline = noticeTermEnd.minusDays(this.noticePeriodDays);
			}
		}
		TermState state;
		if (today.isBefore(this.effectiveDate)) {
			state = TermState.NOT_YET_EFFECTIVE;
		}
		else if (!renews()) {
			state = today.isAfter(termEnd) ? TermState.EXPIRED : TermState.ACTIVE;
		}
		else if (today.isAfter(noticeDeadline)) {
			state = TermState.LOCKED_IN;
		}
		else if (!noticeDeadline.isAfter(today.plusDays(LOOK_AHEAD_DAYS))) {
			state = TermState.NOTICE_WINDOW_OPEN;
		}
		else {
			state = TermState.ACTIVE;
		}
		if (state == TermState.EXPIRED) {
			daysRemaining = 0L;
		}
		return new Schedule(state, termEnd, noticeDeadline, nextNoticeDeadline, noticeTermEnd, daysRemaining,
				renewal);
	}

	/**
	 * End of the k-th term (0: the first), anchored on the day after the original expiration date: the
	 * day before the anchor's calendar date k × R months later, or that month's last day when the month
	 * is too short to have that date.
	 */
	LocalDate termEnd(int renewal) {
		if (renewal == 0) {
			return this.expirationDate;
		}
		LocalDate anchor = this.expirationDate.plusDays(1);
		LocalDate same = anchor.plusMonths((long) renewal * this.renewalTermMonths);
		return same.getDayOfMonth() < anchor.getDayOfMonth() ? same : same.minusDays(1);
	}

	private int currentRenewal(LocalDate today) {
		if (!today.isAfter(this.expirationDate)) {
			return 0;
		}
		long months = ChronoUnit.MONTHS.between(this.expirationDate, today);
		int k = (int) Math.max(0, months / this.renewalTermMonths - 1);
		while (termEnd(k).isBefore(today)) {
			k++;
		}
		return k;
	}

	/**
	 * The computed dates of one day.
	 *
	 * @param state where the agreement stands
	 * @param currentTermEnd last day of the term in force today (or of the first term before it
	 * starts, or of the last term once expired); null for evergreen and undated agreements
	 * @param noticeDeadline last day to give notice to stop the renewal at {@code currentTermEnd}
	 * (auto-renewing only; may be in the past: then {@code LOCKED_IN})
	 * @param nextNoticeDeadline first last-day-to-give-notice on or after today (equals
	 * {@code noticeDeadline} unless locked in)
	 * @param noticeTermEnd the end of the term that notice given by {@code nextNoticeDeadline} stops
	 * (equals {@code currentTermEnd} unless locked in; null without renewal)
	 * @param daysRemaining days from today to {@code currentTermEnd} (0 on its last day and once
	 * expired); null without term end
	 * @param renewals how many times the agreement has renewed so far
	 */
	public record Schedule(TermState state, LocalDate currentTermEnd, LocalDate noticeDeadline,
			LocalDate nextNoticeDeadline, LocalDate noticeTermEnd, Long daysRemaining, int renewals) {

		/**
		 * The term end that goes with the next deadline: the end of the term the next notice stops
		 * (renewing), else the current term end.
		 */
		public LocalDate pairedTermEnd() {
			return this.noticeTermEnd != null ? this.noticeTermEnd : this.currentTermEnd;
		}

		/** The first day of the renewal that can no longer be stopped (locked in only). */
		public LocalDate lockedInRenewalStarts() {
			return this.state == TermState.LOCKED_IN ? this.currentTermEnd.plusDays(1) : null;
		}

		/**
		 * The date that needs action next: the last day to give notice (renewing), else the term end. The
		 * list sorts and filters by it (stored), the list row shows it.
		 */
		public LocalDate keyDate() {
			return this.nextNoticeDeadline != null ? this.nextNoticeDeadline : this.currentTermEnd;
		}

		/** Days from today to the next notice deadline, or null. */
		public Long daysToNoticeDeadline(LocalDate today) {
			return this.nextNoticeDeadline == null ? null : ChronoUnit.DAYS.between(today, this.nextNoticeDeadline);
		}

	}

}
