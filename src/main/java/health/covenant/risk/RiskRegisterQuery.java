package health.covenant.risk;

import java.time.LocalDate;

import health.covenant.vendors.RiskTier;

/**
 * Filters and order of the risk register.
 *
 * @param tier only this effective tier, null for all
 * @param changedSince only scores that changed on or after this day, null for all
 * @param unreviewed only vendors waiting for review
 * @param sort {@code residual} (highest first, default), {@code name} or {@code changed} (latest first)
 */
public record RiskRegisterQuery(RiskTier tier, LocalDate changedSince, boolean unreviewed, String sort) {

	public static final RiskRegisterQuery ALL = new RiskRegisterQuery(null, null, false, null);

	public String order() {
		return switch (this.sort == null ? "" : this.sort) {
			case "name" -> " ORDER BY lower(vendor_name), vendor_id";
			case "changed" -> " ORDER BY changed_on DESC, residual DESC, vendor_id";
			default -> " ORDER BY residual DESC, lower(vendor_name), vendor_id";
		};
	}

}
