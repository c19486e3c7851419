package health.covenant.vendors;

import org.springframework.modulith.NamedInterface;

/**
 * A vendor's effective risk tier changed (or was set for the first time: {@code previousTier} null).
 * Published in the transaction that recorded it; what depends on the tier (the reassessment cadence)
 * recomputes from it.
 */
@NamedInterface("api")
public record VendorRiskChanged(long vendorId, RiskTier previousTier, RiskTier tier, int residual, boolean overridden) {
}
