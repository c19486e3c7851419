package health.covenant.incidents;

import java.time.LocalDate;

/**
 * One incident in a list (read from the incident row alone: the vendor's name and the derived SLA and
 * next deadline are stored on it).
 */
public record IncidentRow(long id, long vendorId, String vendorName, IncidentKind kind, IncidentStatus status,
		LocalDate reportedOn, boolean phiInvolved, Integer individualsAffected, boolean individualsEstimated,
		boolean slaApplies, int slaDaysLate, LocalDate nextDeadline) {

	public boolean slaMissed() {
		return this.slaApplies && this.slaDaysLate > 0;
	}

}
