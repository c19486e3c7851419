package health.covenant.incidents;

import java.time.LocalDate;
import java.util.List;

/**
 * What is recorded about a vendor incident (the form's fields; the risk assessment and the notices given
 * are recorded apart).
 *
 * @param occurredOn when it happened, if known
 * @param vendorDiscoveredOn when the vendor discovered it (starts the vendor's clock)
 * @param reportedOn when the vendor reported it to us
 * @param ourDiscoveryOn when we discovered it (starts our clocks); null means the day it was reported
 * @param individualsAffected the count or estimate; null when not known yet
 * @param states affected residents by state
 */
public record IncidentDetails(IncidentKind kind, IncidentStatus status, LocalDate occurredOn,
		LocalDate vendorDiscoveredOn, LocalDate reportedOn, LocalDate ourDiscoveryOn, boolean phiInvolved,
		Integer individualsAffected, boolean individualsEstimated, String description, String notes,
		List<StateCount> states) {

	public IncidentDetails {
		states = states == null ? List.of() : List.copyOf(states);
	}

	/** Our discovery date, defaulting to the day the vendor reported it to us. */
	public LocalDate effectiveOurDiscoveryOn() {
		return this.ourDiscoveryOn != null ? this.ourDiscoveryOn : this.reportedOn;
	}

}
