package health.covenant.incidents;

import org.springframework.modulith.NamedInterface;

/** A vendor incident changed: its facts, status, risk assessment or the notices given. */
@NamedInterface("api")
public record VendorIncidentChanged(long incidentId, long vendorId, IncidentStatus status, boolean slaMissed) {
}
