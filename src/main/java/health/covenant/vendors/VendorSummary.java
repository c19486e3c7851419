package health.covenant.vendors;

import org.springframework.modulith.NamedInterface;

/** What other modules need to know about a vendor. */
@NamedInterface("api")
public record VendorSummary(long id, String name, LifecycleStatus status, PhiAccess phiAccess, Long businessOwnerId) {

	/** PHI or a limited data set: a BAA is required. */
	public boolean handlesPhi() {
		return this.phiAccess.handlesPhi();
	}

	/** ONBOARDING or ACTIVE. */
	public boolean inService() {
		return this.status.inService();
	}

}
