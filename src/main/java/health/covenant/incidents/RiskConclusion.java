package health.covenant.incidents;

/**
 * The conclusion of the four-factor risk assessment (164.402(2)): an impermissible use or disclosure of
 * PHI is presumed a breach unless a low probability that the PHI has been compromised is documented.
 */
public enum RiskConclusion {

	/** Breach presumed (not assessed, or assessed without showing a low probability). */
	BREACH_PRESUMED,
	/** A low probability of compromise is documented: no notification is owed. */
	LOW_PROBABILITY

}
