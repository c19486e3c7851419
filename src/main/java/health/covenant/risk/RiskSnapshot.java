package health.covenant.risk;

import java.time.Instant;
import java.time.LocalDate;

import health.covenant.vendors.RiskTier;

/** One point of a vendor's score history: written when the score changed. */
public record RiskSnapshot(long id, Instant computedAt, LocalDate computedOn, String modelVersion, int inherent,
		double effectiveness, int residual, RiskTier tier, String inputsDigest) {
}
