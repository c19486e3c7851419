package health.covenant.risk;

/** Why a vendor waits in the review queue. */
public enum RiskReviewReason {

	/** The computed tier rose above the tier last decided on (opens a risk review obligation). */
	TIER_INCREASE,
	/** The computed tier fell below the tier last decided on. */
	TIER_DECREASE,
	/** An override no longer holds: the computed tier changed, the score moved or its review came due. */
	OVERRIDE_STALE

}
