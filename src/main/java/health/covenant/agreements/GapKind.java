package health.covenant.agreements;

/** Kinds of compliance gap, most serious first. */
public enum GapKind {

	/** ACTIVE or ONBOARDING vendor with PHI or limited-data-set access and no executed, current BAA. */
	UNCOVERED_PHI_VENDOR,
	/**
	 * OFFBOARDING vendor with PHI or limited-data-set access, no current BAA, and no return or
	 * destruction of the PHI recorded.
	 */
	OFFBOARDING_PHI_NOT_RETURNED,
	/** An executed BAA that lacks a required clause (BAA-01, 04–15). */
	MISSING_REQUIRED_CLAUSES,
	/** A sub-processor of a vendor handling PHI without a downstream BAA. */
	SUBPROCESSOR_WITHOUT_BAA,
	/** Still marked executed, but its term has ended. */
	EXPIRED,
	/** Auto-renewing: the last day to give notice is within 90 days. */
	NOTICE_DEADLINE_NEAR,
	/** Not renewing: it expires within 90 days. */
	EXPIRING,
	/**
	 * ACTIVE or ONBOARDING vendor with PHI or limited-data-set access without current third-party
	 * assurance (SOC 2, HITRUST, ISO, FedRAMP, HIPAA assessment).
	 */
	NO_CURRENT_ASSURANCE

}
