package health.covenant.vendors.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import health.covenant.vendors.SubprocessorDetails;

/** The inline "add a sub-processor" form on the vendor page (AI-08). */
public class SubprocessorForm {

	@NotBlank
	@Size(max = 200)
	private String subprocessorName;

	@Size(max = 200)
	private String subprocessorService;

	@Size(max = 100)
	private String subprocessorRegion;

	private boolean subprocessorDownstreamBaa;

	private boolean subprocessorZeroRetention;

	public SubprocessorDetails toDetails() {
		return new SubprocessorDetails(this.subprocessorName, this.subprocessorService, this.subprocessorRegion,
				this.subprocessorDownstreamBaa, this.subprocessorZeroRetention);
	}

	public String getSubprocessorName() {
		return this.subprocessorName;
	}

	public void setSubprocessorName(String subprocessorName) {
		this.subprocessorName = subprocessorName;
	}

	public String getSubprocessorService() {
		return this.subprocessorService;
	}

	public void setSubprocessorService(String subprocessorService) {
		this.subprocessorService = subprocessorService;
	}

	public String getSubprocessorRegion() {
		return this.subprocessorRegion;
	}

	public void setSubprocessorRegion(String subprocessorRegion) {
		this.subprocessorRegion = subprocessorRegion;
	}

	public boolean isSubprocessorDownstreamBaa() {
		return this.subprocessorDownstreamBaa;
	}

	public void setSubprocessorDownstreamBaa(boolean subprocessorDownstreamBaa) {
		this.subprocessorDownstreamBaa = subprocessorDownstreamBaa;
	}

	public boolean isSubprocessorZeroRetention() {
		return this.subprocessorZeroRetention;
	}

	public void setSubprocessorZeroRetention(boolean subprocessorZeroRetention) {
		this.subprocessorZeroRetention = subprocessorZeroRetention;
	}

}
