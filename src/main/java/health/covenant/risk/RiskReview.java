package health.covenant.risk;

import java.time.Instant;
import java.time.LocalDate;

import health.covenant.vendors.RiskTier;

/** A security officer's decision on a vendor's tier, and whether it still holds. */
public record RiskReview(long id, RiskDecision decision, RiskTier computedTier, int computedResidual, RiskTier tier,
		String justification, String reviewer, Instant reviewedAt, LocalDate reviewDue, boolean stale,
		String staleReason, LocalDate staleOn) {
}
