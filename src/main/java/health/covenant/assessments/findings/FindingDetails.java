package health.covenant.assessments.findings;

import java.time.LocalDate;

/**
 * What a person types about a finding.
 * @param severity how bad it is
 * @param title what is wrong, in a line
 * @param description more words, may be null
 * @param vendorContact who remediates at the vendor (free text), may be null
 * @param ownerId the internal owner (a user), may be null
 * @param dueOn the remediation due date; null takes the default for the severity
 */
public record FindingDetails(FindingSeverity severity, String title, String description, String vendorContact,
		Long ownerId, LocalDate dueOn) {
}
