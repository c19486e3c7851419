package health.covenant.obligations;

import org.springframework.modulith.NamedInterface;

/** What kind of duty comes due. Each kind has its own reminder rule. */
@NamedInterface("api")
public enum ObligationKind {

	/** The last day to give notice before an auto-renewing agreement renews for another term. */
	AGREEMENT_NOTICE_DEADLINE(true),
	/** An agreement's term ends (expiration or renewal). */
	AGREEMENT_TERM_END(false),
	/** A certification goes stale or expires (its last day counted). */
	CERTIFICATION_LAPSE(false),
	/** HITRUST r2: the last day to submit the interim assessment (the first anniversary). */
	CERTIFICATION_INTERIM_DUE(true),
	/** ISO: the anniversary by which the year's surveillance audit is due. */
	CERTIFICATION_SURVEILLANCE_DUE(false),
	/** The next audit of a vendor (we run or commission) is due, from its audit cadence. */
	VENDOR_AUDIT_DUE(false),
	ASSESSMENT_DUE(false);

	private final boolean lapses;

	ObligationKind(boolean lapses) {
		this.lapses = lapses;
	}

	/**
	 * Whether the duty lapses on its due date: a last day to give notice cannot be met late. Once
	 * passed it is {@link ObligationState#MISSED}, said once, never repeated as overdue.
	 */
	public boolean lapses() {
		return this.lapses;
	}

}
