package health.covenant.vendors;

import java.util.Arrays;

/**
 * Orders of the vendor list, as written in the URL ({@code sort=name}, {@code sort=-name}, …). Each
 * ORDER BY is matched exactly by an index of V10 or V75 (id as tie-breaker).
 */
public enum VendorSort {

	NAME("name", "lower(v.name), v.id"),
	NAME_DESC("-name", "lower(v.name) DESC, v.id DESC"),
	STATUS("status", "v.status_rank, lower(v.name), v.id"),
	STATUS_DESC("-status", "v.status_rank DESC, lower(v.name) DESC, v.id DESC"),
	PHI("phi", "v.phi_rank, lower(v.name), v.id"),
	PHI_DESC("-phi", "v.phi_rank DESC, lower(v.name) DESC, v.id DESC"),
	UPDATED("updated", "v.updated_at, v.id"),
	UPDATED_DESC("-updated", "v.updated_at DESC, v.id DESC"),
	/** By residual risk score; vendors not scored yet come last either way (indexes of V75). */
	RISK("risk", "v.risk_residual ASC NULLS LAST, v.id"),
	RISK_DESC("-risk", "v.risk_residual DESC NULLS LAST, v.id DESC");

	private final String param;

	private final String orderBy;

	VendorSort(String param, String orderBy) {
		this.param = param;
		this.orderBy = orderBy;
	}

	public String param() {
		return this.param;
	}

	String orderBy() {
		return this.orderBy;
	}

	/** The column this order sorts by ({@code name}, {@code status}, {@code phi}, {@code updated}, {@code risk}). */
	public String column() {
		return this.param.startsWith("-") ? this.param.substring(1) : this.param;
	}

	public boolean descending() {
		return this.param.startsWith("-");
	}

	/** Unknown or missing: by name. */
	public static VendorSort fromParam(String param) {
		return Arrays.stream(values()).filter((s) -> s.param.equals(param)).findFirst().orElse(NAME);
	}

}
