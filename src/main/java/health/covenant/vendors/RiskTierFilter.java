package health.covenant.vendors;

/**
 * The vendor list's tier filter: one of the tiers, or the vendors the risk module has not scored yet
 * (written {@code tier=UNSCORED} in the URL).
 */
public enum RiskTierFilter {

	LOW(RiskTier.LOW), MEDIUM(RiskTier.MEDIUM), HIGH(RiskTier.HIGH), CRITICAL(RiskTier.CRITICAL), UNSCORED(null);

	private final RiskTier tier;

	RiskTierFilter(RiskTier tier) {
		this.tier = tier;
	}

	/** The tier to match, or null for "not scored yet". */
	public RiskTier tier() {
		return this.tier;
	}

}
