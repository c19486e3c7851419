package health.covenant.certifications.audits;

import health.covenant.vendors.PhiAccess;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The default months between audits by the vendor's PHI access, and the grace period of a PHI vendor
 * in service that was never audited ({@code covenant.vendor-audits.*}). A vendor's own cadence
 * overrides the default.
 *
 * @param phiMonths vendors with PHI
 * @param limitedDataSetMonths vendors with a limited data set
 * @param otherMonths vendors with de-identified data or none
 * @param graceDays days after a PHI vendor is first in service by which its first audit is due
 */
@ConfigurationProperties("covenant.vendor-audits")
public record AuditCadencePolicy(@DefaultValue("12") int phiMonths, @DefaultValue("24") int limitedDataSetMonths,
		@DefaultValue("36") int otherMonths, @DefaultValue("90") int graceDays) {

	/** The defaults: 12 / 24 / 36 months, 90 days' grace. */
	public static AuditCadencePolicy defaults() {
		return new AuditCadencePolicy(12, 24, 36, 90);
	}

	public int monthsFor(PhiAccess access) {
		return switch (access) {
			case PHI -> this.phiMonths;
			case LIMITED_DATA_SET -> this.limitedDataSetMonths;
			case DE_IDENTIFIED, NONE -> this.otherMonths;
		};
	}

}
