package health.covenant.certifications.audits;

import org.springframework.modulith.NamedInterface;

/** What a vendor's next audit due date was computed from, or why it has none. */
@NamedInterface("api")
public enum DueBasis {

	/** The last audit performed plus the cadence. */
	LAST_AUDIT,
	/** A PHI vendor never audited: the day it was first in service plus the grace period. */
	ONBOARDING_GRACE,
	/** Not in service (prospect, offboarding, terminated): no audit is due. */
	NOT_IN_SERVICE,
	/** In service, never audited and without PHI: no audit is required until a first one is recorded. */
	NOT_REQUIRED;

	public boolean hasDueDate() {
		return this == LAST_AUDIT || this == ONBOARDING_GRACE;
	}

}
