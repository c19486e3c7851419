package health.covenant.assessments.findings;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A finding as pages see it, with its status as it holds today.
 * @param status the stored status
 * @param currentStatus the status today (an expired acceptance is OPEN again)
 * @param overdue open and due before today
 * @param cycle how many times it was reopened
 */
public record FindingView(long id, long version, long vendorId, FindingSource source, FindingDetails details,
		LocalDate openedOn, FindingStatus status, FindingStatus currentStatus, boolean overdue,
		LocalDate remediatedOn, String remediationNote, String acceptanceJustification, String acceptedBy,
		LocalDate acceptedOn, LocalDate acceptanceExpiresOn, int cycle, String createdBy, Instant createdAt,
		String updatedBy, Instant updatedAt) {

	/** An acceptance that ran out (the finding is open again). */
	public boolean acceptanceExpired() {
		return this.status == FindingStatus.RISK_ACCEPTED && this.currentStatus == FindingStatus.OPEN;
	}

}
