package health.covenant.assessments.findings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Opens a remediated or accepted finding again, with the reason. */
public class ReopenForm {

	private long version;

	@NotBlank
	@Size(max = 1000)
	private String reason;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
