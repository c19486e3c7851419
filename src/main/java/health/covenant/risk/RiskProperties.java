package health.covenant.risk;

import health.covenant.vendors.RiskTier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the risk model ({@code covenant.risk.*}): its version, the weights of the inherent factors
 * (points, summing to at most 100) and of the controls (fractions summing to 1), the share of the
 * inherent risk that controls may take off ({@code k}, below 1: controls never erase risk), the tier
 * thresholds on the residual score, and when a security officer's decision on a tier must be renewed.
 * Settings rather than code, so that an organisation can tune its model; a change of any of them
 * should change {@code modelVersion}, which every stored score and snapshot records.
 *
 * @param modelVersion recorded with every score
 * @param k the share of inherent risk the best controls take off (0 ≤ k &lt; 1)
 * @param thresholds residual scores from which each tier starts
 * @param weights inherent points and control weights
 * @param reviewMonths months after which a decision on each tier must be renewed
 * @param materialChange residual points by which a score must move for an override to go stale
 */
@ConfigurationProperties("covenant.risk")
public record RiskProperties(@DefaultValue("v1") String modelVersion, @DefaultValue("0.6") double k,
		@DefaultValue Thresholds thresholds, @DefaultValue Weights weights, @DefaultValue ReviewMonths reviewMonths,
		@DefaultValue("10") int materialChange) {

	public RiskProperties {
		if (k < 0 || k >= 1) {
			throw new IllegalArgumentException("covenant.risk.k must be at least 0 and below 1: " + k);
		}
		if (!(thresholds.critical() > thresholds.high() && thresholds.high() > thresholds.medium()
				&& thresholds.medium() > 0)) {
			throw new IllegalArgumentException("covenant.risk.thresholds must rise: medium < high < critical");
		}
	}

	/** The settings of model v1. */
	public static RiskProperties defaults() {
		return new RiskProperties("v1", 0.6, new Thresholds(60, 40, 20), Weights.defaults(), new ReviewMonths(3, 6, 12, 24),
				10);
	}

	/** The tier of a residual score. */
	public RiskTier tierOf(int residual) {
		if (residual >= this.thresholds.critical()) {
			return RiskTier.CRITICAL;
		}
		if (residual >= this.thresholds.high()) {
			return RiskTier.HIGH;
		}
		if (residual >= this.thresholds.medium()) {
			return RiskTier.MEDIUM;
		}
		return RiskTier.LOW;
	}

	/** Months after which a decision on a vendor of this tier is due again. */
	public int reviewMonthsOf(RiskTier tier) {
		return switch (tier) {
			case CRITICAL -> this.reviewMonths.critical();
			case HIGH -> this.reviewMonths.high();
			case MEDIUM -> this.reviewMonths.medium();
			case LOW -> this.reviewMonths.low();
		};
	}

	/** Residual score from which each tier starts. */
	public record Thresholds(@DefaultValue("60") int critical, @DefaultValue("40") int high,
			@DefaultValue("20") int medium) {
	}

	/** Months between reviews by tier. */
	public record ReviewMonths(@DefaultValue("3") int critical, @DefaultValue("6") int high,
			@DefaultValue("12") int medium, @DefaultValue("24") int low) {
	}

	/**
	 * Inherent points (maximum of each factor) and control weights.
	 *
	 * @param data PHI sensitivity × record volume
	 * @param systemAccess access to our systems
	 * @param criticality clinical or operational criticality (from the service category)
	 * @param aiDecision the AI's role in decisions
	 * @param training training on our PHI
	 * @param retention how long prompts, outputs, logs and embeddings are kept
	 * @param subprocessor per sub-processor without a downstream BAA
	 * @param subprocessorCap all sub-processors without a downstream BAA together
	 * @param offshore access from outside the United States
	 * @param baa control weight of the BAA
	 * @param assurance control weight of the best current third-party assurance
	 * @param assessment control weight of the latest assessment
	 * @param findings control weight of the open findings
	 * @param breachNotice control weight of the breach-notice commitment
	 * @param incidents control weight of the incident history
	 */
	public record Weights(@DefaultValue("30") int data, @DefaultValue("15") int systemAccess,
			@DefaultValue("10") int criticality, @DefaultValue("10") int aiDecision, @DefaultValue("10") int training,
			@DefaultValue("5") int retention, @DefaultValue("5") int subprocessor,
			@DefaultValue("10") int subprocessorCap, @DefaultValue("10") int offshore,
			@DefaultValue("0.30") double baa, @DefaultValue("0.20") double assurance,
			@DefaultValue("0.20") double assessment, @DefaultValue("0.15") double findings,
			@DefaultValue("0.05") double breachNotice, @DefaultValue("0.10") double incidents) {

		static Weights defaults() {
			return new Weights(30, 15, 10, 10, 10, 5, 5, 10, 10, 0.30, 0.20, 0.20, 0.15, 0.05, 0.10);
		}

	}

}
