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
	/** A vendor's breach: our last day to notify the affected individuals (164.404). */
	BREACH_NOTICE_INDIVIDUALS(false),
	/** A vendor's breach: our last day to notify HHS (164.408). */
	BREACH_NOTICE_HHS(false),
	/** A vendor's breach: our last day to notify the media of the states concerned (164.406). */
	BREACH_NOTICE_MEDIA(false),
	/** A vendor's breach: a state's shorter deadline to notify its residents (state law). */
	BREACH_NOTICE_STATE(false),
	/** A finding is due to be remediated (or its risk accepted) by its due date. */
	FINDING_REMEDIATION_DUE(false),
	/** The accepted risk of a finding runs out on this day: from then on the finding is open again. */
	FINDING_ACCEPTANCE_EXPIRES(true),
	/** A vendor's next assessment is due (its reassessment cadence, or the open assessment's due date). */
	ASSESSMENT_DUE(false),
	/** A vendor's incident-response plan is due for its yearly review (a year after the last one). */
	IR_PLAN_REVIEW_DUE(false),
	/** A vendor's yearly incident-response tabletop exercise is due. */
	IR_TABLETOP_DUE(false),
	/** A business associate's yearly written verification of its safeguards is due. */
	BA_VERIFICATION_DUE(false),
	/** A vendor's computed risk tier rose: a security officer accepts or overrides it. */
	RISK_REVIEW_DUE(false);

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
