package health.covenant.obligations;

/** What kind of duty comes due. Each kind has its own reminder rule. */
public enum ObligationKind {

	/** The last day to give notice before an auto-renewing agreement renews for another term. */
	AGREEMENT_NOTICE_DEADLINE,
	/** An agreement's term ends (expiration or renewal). */
	AGREEMENT_TERM_END

}
