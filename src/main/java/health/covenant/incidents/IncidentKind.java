package health.covenant.incidents;

/** What happened at the vendor. */
public enum IncidentKind {

	/** An attempted or successful security incident (164.304). */
	SECURITY_INCIDENT,
	/** A breach of unsecured PHI (164.402). */
	BREACH_OF_UNSECURED_PHI,
	/** The vendor's AI model failed or produced unsafe output. */
	AI_MODEL_FAILURE,
	/** The service was unavailable. */
	AVAILABILITY

}
