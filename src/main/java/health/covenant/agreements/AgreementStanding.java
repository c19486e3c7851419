package health.covenant.agreements;

import java.time.LocalDate;

/**
 * How an agreement stands beyond its term dates: ended (how and on which day), or live, possibly with
 * a signed later version that takes effect on a later day. One rule for the list, the detail page, the
 * vendor page, the compliance gaps and the obligations.
 * <ul>
 * <li>TERMINATED and SUPERSEDED agreements have ended, on their recorded day;</li>
 * <li>an EXPIRED one ended on its recorded day (its last term end);</li>
 * <li>an EXECUTED one whose later version is executed has ended, superseded, from the day that version
 * takes effect (before the nightly job has recorded it); until then it stays in force, covers the
 * vendor and shows "superseded from" that day;</li>
 * <li>an EXECUTED one past the end of its last term has ended, expired, though still marked executed
 * (a compliance gap until someone records it).</li>
 * </ul>
 *
 * @param endedAs how it ended (EXPIRED, TERMINATED, SUPERSEDED), null while live
 * @param endedOn the day it ended (last day in force for an expiry, first day of the successor for a
 * supersession, the day recorded for a termination), null when live or not known
 * @param supersededFrom while live: the day a signed later version takes effect and supersedes it
 */
public record AgreementStanding(AgreementStatus endedAs, LocalDate endedOn, LocalDate supersededFrom) {

	static final AgreementStanding LIVE = new AgreementStanding(null, null, null);

	/**
	 * @param status the stored status
	 * @param recordedEnd the stored day it ended, if any
	 * @param schedule its term dates today
	 * @param successor the version that follows it, if any
	 * @param today today in the organisation's time zone
	 */
	static AgreementStanding of(AgreementStatus status, LocalDate recordedEnd, AgreementTerms.Schedule schedule,
			Successor successor, LocalDate today) {
		LocalDate successorStarts = successor == null ? null : successor.takesEffect();
		return switch (status) {
			case TERMINATED, EXPIRED -> new AgreementStanding(status, recordedEnd, null);
			case SUPERSEDED -> new AgreementStanding(status, recordedEnd != null ? recordedEnd : successorStarts, null);
			case EXECUTED -> {
				if (successorStarts != null && !today.isBefore(successorStarts)) {
					yield new AgreementStanding(AgreementStatus.SUPERSEDED, successorStarts, null);
				}
				if (schedule.state() == TermState.EXPIRED) {
					yield new AgreementStanding(AgreementStatus.EXPIRED, schedule.currentTermEnd(), null);
				}
				yield new AgreementStanding(null, null, successorStarts);
			}
			case DRAFT, IN_NEGOTIATION -> LIVE;
		};
	}

	/** Ended: nothing live (state, deadlines, countdown) is shown any more. */
	public boolean ended() {
		return this.endedAs != null;
	}

	/** The status to show: superseded once the later version is in effect, else the stored one. */
	public AgreementStatus shownStatus(AgreementStatus stored) {
		return this.endedAs == AgreementStatus.SUPERSEDED ? AgreementStatus.SUPERSEDED : stored;
	}

	/**
	 * The version that follows an agreement.
	 *
	 * @param status its stored status
	 * @param effectiveDate its first day in force
	 */
	record Successor(long id, AgreementStatus status, LocalDate effectiveDate) {

		/** The day it supersedes its predecessor: its effective date once executed, else never (null). */
		LocalDate takesEffect() {
			return this.status.wasExecuted() ? this.effectiveDate : null;
		}

	}

}
