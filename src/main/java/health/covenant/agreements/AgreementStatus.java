package health.covenant.agreements;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of an agreement. Allowed moves: DRAFT → IN_NEGOTIATION or EXECUTED (signed as drafted);
 * IN_NEGOTIATION → EXECUTED or back to DRAFT; EXECUTED → EXPIRED, TERMINATED or SUPERSEDED;
 * EXPIRED → SUPERSEDED (a later version replaced it). TERMINATED and SUPERSEDED are final.
 */
public enum AgreementStatus {

	DRAFT, IN_NEGOTIATION, EXECUTED, EXPIRED, TERMINATED, SUPERSEDED;

	public Set<AgreementStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(IN_NEGOTIATION, EXECUTED);
			case IN_NEGOTIATION -> EnumSet.of(DRAFT, EXECUTED);
			case EXECUTED -> EnumSet.of(EXPIRED, TERMINATED, SUPERSEDED);
			case EXPIRED -> EnumSet.of(SUPERSEDED);
			case TERMINATED, SUPERSEDED -> EnumSet.noneOf(AgreementStatus.class);
		};
	}

	/** Staying put is always allowed; otherwise only the moves above. */
	public boolean canMoveTo(AgreementStatus target) {
		return this == target || next().contains(target);
	}

	/** The statuses a form may offer: this one and the allowed moves. */
	public Set<AgreementStatus> choices() {
		Set<AgreementStatus> choices = EnumSet.of(this);
		choices.addAll(next());
		return choices;
	}

	/**
	 * Not ended by its status: a draft, in negotiation or executed. Only an open agreement has live dates
	 * (stored for sorting, shown, reminded of); the others show how and when they ended.
	 */
	public boolean isOpen() {
		return this == DRAFT || this == IN_NEGOTIATION || this == EXECUTED;
	}

	/** Once executed, an agreement and its documents are retained (164.316(b)(2)(i)). */
	public boolean wasExecuted() {
		return this == EXECUTED || this == EXPIRED || this == TERMINATED || this == SUPERSEDED;
	}

	/** Whether a new version may follow: not once terminated or superseded (nor when one already follows). */
	public boolean canHaveNewVersion() {
		return this != TERMINATED && this != SUPERSEDED;
	}

	/** Statuses a new agreement may start in. */
	public static Set<AgreementStatus> initial() {
		return EnumSet.of(DRAFT, IN_NEGOTIATION, EXECUTED);
	}

}
