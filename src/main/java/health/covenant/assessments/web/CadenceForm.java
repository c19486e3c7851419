package health.covenant.assessments.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** A vendor's own months between assessments (empty: the default) and why. */
public class CadenceForm {

	@Min(1)
	@Max(120)
	private Integer months;

	@Size(max = 1000)
	private String reason;

	private long version;

	public Integer getMonths() {
		return this.months;
	}

	public void setMonths(Integer months) {
		this.months = months;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
