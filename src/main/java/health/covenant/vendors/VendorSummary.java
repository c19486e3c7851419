package health.covenant.vendors;

/** What other modules need to know about a vendor. */
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
