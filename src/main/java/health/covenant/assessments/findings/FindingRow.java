package health.covenant.assessments.findings;

import java.time.LocalDate;

/** A row of the findings list (vendor and owner names looked up for the page's rows only). */
public record FindingRow(long id, long vendorId, String vendorName, FindingSeverity severity, String title,
		FindingSourceKind source, FindingStatus currentStatus, boolean overdue, LocalDate dueOn,
		LocalDate acceptanceExpiresOn, Long ownerId, String ownerName) {
}
