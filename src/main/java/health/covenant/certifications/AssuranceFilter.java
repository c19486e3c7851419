package health.covenant.certifications;

/**
 * The state filter of the certifications list: current and not expiring, expiring within the
 * reminder horizon, stale, expired, or the PHI vendors in service without current assurance.
 */
public enum AssuranceFilter {

	VALID, EXPIRING, STALE, EXPIRED, MISSING

}
