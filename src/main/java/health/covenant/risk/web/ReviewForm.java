package health.covenant.risk.web;

import health.covenant.risk.RiskDecision;
import health.covenant.vendors.RiskTier;

/** The security officer's decision on a vendor's tier, as posted; checked by {@link RiskController}. */
public class ReviewForm {

	private RiskDecision decision;

	private RiskTier tier;

	private String justification;

	public RiskDecision getDecision() {
		return this.decision;
	}

	public void setDecision(RiskDecision decision) {
		this.decision = decision;
	}

	public RiskTier getTier() {
		return this.tier;
	}

	public void setTier(RiskTier tier) {
		this.tier = tier;
	}

	public String getJustification() {
		return this.justification;
	}

	public void setJustification(String justification) {
		this.justification = justification;
	}

}
