package health.covenant.risk;

import java.time.LocalDate;
import java.util.List;

import health.covenant.vendors.RiskTier;

/**
 * A vendor's computed score: inherent risk 0–100, control effectiveness 0–1, residual 0–100, the tier
 * (after the gates), the explanation, and the first day on which the calendar alone changes it.
 *
 * @param inherent inherent risk
 * @param effectiveness control effectiveness
 * @param residual inherent × (1 − k × effectiveness), rounded
 * @param tier the tier of the residual, or CRITICAL by a gate
 * @param gated whether a gate set the tier
 * @param factors the explanation, inherent factors first
 * @param recheckOn the first day after today on which the calendar alone changes the score, null when none
 */
public record RiskScore(int inherent, double effectiveness, int residual, RiskTier tier, boolean gated,
		List<RiskFactor> factors, LocalDate recheckOn) {

	public RiskScore {
		factors = List.copyOf(factors);
	}

}
