package health.covenant.risk;

import java.time.LocalDate;
import java.util.List;

import health.covenant.vendors.RiskTier;

/**
 * A vendor's stored risk as the pages show it.
 *
 * @param effectiveTier the override when one holds, else the computed tier
 * @param overrideTier the override that holds, null when none
 * @param reviewReason why it waits for review, null when it does not
 */
public record VendorRiskView(long vendorId, String vendorName, int inherent, double effectiveness, int residual,
		RiskTier computedTier, boolean gated, RiskTier effectiveTier, RiskTier overrideTier, List<RiskFactor> factors,
		String modelVersion, String inputsDigest, LocalDate computedOn, LocalDate changedOn, RiskTier baselineTier,
		LocalDate reviewDue, LocalDate reviewedOn, RiskReviewReason reviewReason, LocalDate awaitingSince) {

	public boolean overridden() {
		return this.overrideTier != null;
	}

	public boolean awaitingReview() {
		return this.reviewReason != null;
	}

	public List<RiskFactor> inherentFactors() {
		return this.factors.stream().filter((f) -> f.group() == RiskFactor.Group.INHERENT).toList();
	}

	public List<RiskFactor> controlFactors() {
		return this.factors.stream().filter((f) -> f.group() == RiskFactor.Group.CONTROL).toList();
	}

	public List<RiskFactor> gates() {
		return this.factors.stream().filter((f) -> f.group() == RiskFactor.Group.GATE).toList();
	}

}
