package health.covenant.incidents;

/**
 * The four-factor assessment of 164.402(2), each factor in a few words, and its conclusion.
 * @param nature the nature and extent of the PHI involved (identifiers, likelihood of re-identification)
 * @param recipient the unauthorized person who used the PHI or to whom it was disclosed
 * @param acquired whether the PHI was actually acquired or viewed
 * @param mitigation the extent to which the risk to the PHI has been mitigated
 */
public record RiskAssessment(String nature, String recipient, String acquired, String mitigation,
		RiskConclusion conclusion) {
}
