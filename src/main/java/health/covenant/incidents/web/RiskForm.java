package health.covenant.incidents.web;

import health.covenant.incidents.IncidentView;
import health.covenant.incidents.RiskAssessment;
import health.covenant.incidents.RiskConclusion;

/** The four-factor risk assessment form of the incident page. */
public class RiskForm {

	private long version;

	private String nature;

	private String recipient;

	private String acquired;

	private String mitigation;

	private RiskConclusion conclusion = RiskConclusion.BREACH_PRESUMED;

	static RiskForm of(IncidentView view) {
		RiskForm form = new RiskForm();
		form.version = view.version();
		form.nature = view.risk().nature();
		form.recipient = view.risk().recipient();
		form.acquired = view.risk().acquired();
		form.mitigation = view.risk().mitigation();
		form.conclusion = view.risk().conclusion();
		return form;
	}

	RiskAssessment toAssessment() {
		return new RiskAssessment(this.nature, this.recipient, this.acquired, this.mitigation, this.conclusion);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getNature() {
		return this.nature;
	}

	public void setNature(String nature) {
		this.nature = nature;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public void setRecipient(String recipient) {
		this.recipient = recipient;
	}

	public String getAcquired() {
		return this.acquired;
	}

	public void setAcquired(String acquired) {
		this.acquired = acquired;
	}

	public String getMitigation() {
		return this.mitigation;
	}

	public void setMitigation(String mitigation) {
		this.mitigation = mitigation;
	}

	public RiskConclusion getConclusion() {
		return this.conclusion;
	}

	public void setConclusion(RiskConclusion conclusion) {
		this.conclusion = conclusion;
	}

}
