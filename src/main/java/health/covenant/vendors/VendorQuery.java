package health.covenant.vendors;

/**
 * What the vendor list shows: text to search for in name, legal name and description, filters and
 * order. Null means "any".
 */
public record VendorQuery(String q, LifecycleStatus status, PhiAccess phi, AiSystemType aiType, RiskTierFilter tier,
		VendorSort sort) {

	public VendorQuery {
		q = q == null || q.isBlank() ? null : q.strip();
		sort = sort == null ? VendorSort.NAME : sort;
	}

	/** Without a tier filter. */
	public VendorQuery(String q, LifecycleStatus status, PhiAccess phi, AiSystemType aiType, VendorSort sort) {
		this(q, status, phi, aiType, null, sort);
	}

	public static VendorQuery all() {
		return new VendorQuery(null, null, null, null, null, VendorSort.NAME);
	}

	public boolean isFiltered() {
		return this.q != null || this.status != null || this.phi != null || this.aiType != null || this.tier != null;
	}

}
