package health.covenant.vendors;

import org.springframework.modulith.NamedInterface;

/**
 * A vendor's effective risk tier (the reviewed override when there is one, else the computed tier) and
 * its residual score 0–100, as the risk module last recorded them.
 */
@NamedInterface("api")
public record VendorRisk(long vendorId, RiskTier tier, int residual, boolean overridden) {
}
