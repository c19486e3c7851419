package health.covenant.certifications.audits;

import org.springframework.modulith.NamedInterface;

/**
 * The outcome of an audit. Findings (a later module) attach to an audit whose result
 * {@linkplain #hasFindings() has findings}.
 */
@NamedInterface("api")
public enum AuditResult {

	PASSED, PASSED_WITH_FINDINGS, FAILED;

	/** PASSED_WITH_FINDINGS or FAILED: the audit found something to remediate. */
	public boolean hasFindings() {
		return this != PASSED;
	}

}
