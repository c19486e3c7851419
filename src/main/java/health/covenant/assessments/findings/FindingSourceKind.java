package health.covenant.assessments.findings;

/** Where a finding came from. */
public enum FindingSourceKind {

	/** A "no" or "partly" answer of an assessment (assessment id and question code). */
	ASSESSMENT,
	/** A vendor audit that passed with findings or failed. */
	VENDOR_AUDIT,
	/** Added by hand. */
	MANUAL

}
