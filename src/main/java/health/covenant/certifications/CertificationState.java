package health.covenant.certifications;

/** Where a certification stands on a day ({@link CertificationValidity}). */
public enum CertificationState {

	/** Current, its lapse further away than the reminder horizon. */
	VALID,
	/** Current, lapses within the reminder horizon. */
	EXPIRING,
	/** HITRUST r2: the interim assessment window before the first anniversary is open and none submitted. */
	INTERIM_DUE,
	/** ISO: a surveillance audit comes due (or is overdue) and has not been done. */
	SURVEILLANCE_DUE,
	/** SOC 2 Type II past its 12 months, covered by a bridge letter. */
	BRIDGED,
	/** A report older than its rule allows. */
	STALE,
	/** A certificate past its expiry. */
	EXPIRED;

	/** Whether it still counts as current assurance. */
	public boolean current() {
		return this != STALE && this != EXPIRED;
	}

}
