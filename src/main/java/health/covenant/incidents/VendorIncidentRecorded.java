package health.covenant.incidents;

import org.springframework.modulith.NamedInterface;

/**
 * A vendor incident was recorded (an input of the vendor's risk; a reason to propose a triggered
 * assessment).
 * @param slaMissed whether the vendor reported it later than its window allowed
 */
@NamedInterface("api")
public record VendorIncidentRecorded(long incidentId, long vendorId, IncidentKind kind, boolean phiInvolved,
		boolean slaMissed) {
}
