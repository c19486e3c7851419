package health.covenant.agreements;

/** Where an agreement stands on a given day, computed by {@link AgreementTerms}. */
public enum TermState {

	/** No effective date yet (a draft): nothing can be computed. */
	UNDATED,
	/** Signed or planned, but the effective date is still ahead. */
	NOT_YET_EFFECTIVE,
	/** In force; no notice deadline within the look-ahead (or none at all: evergreen, non-renewing). */
	ACTIVE,
	/** Auto-renewing and the last day to give notice is today or within the look-ahead. */
	NOTICE_WINDOW_OPEN,
	/** Auto-renewing and the last day to give notice for the current term has passed: it renews. */
	LOCKED_IN,
	/** Not renewing and the expiration date has passed. */
	EXPIRED

}
