package health.covenant.assessments;

import health.covenant.vendors.PhiAccess;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of assessments ({@code covenant.assessments.*}): the score cap of a critical NO, the default
 * months between assessments by the vendor's PHI access (a vendor's own cadence overrides it), and the
 * days after a vendor is first in service by which its first assessment is due.
 *
 * @param criticalCap the highest score of an assessment with a critical NO
 * @param phiMonths vendors with PHI
 * @param limitedDataSetMonths vendors with a limited data set
 * @param otherMonths vendors with de-identified data or none
 * @param firstDueDays days after first in service for the first assessment
 */
@ConfigurationProperties("covenant.assessments")
public record AssessmentPolicy(@DefaultValue("40") int criticalCap, @DefaultValue("12") int phiMonths,
		@DefaultValue("24") int limitedDataSetMonths, @DefaultValue("36") int otherMonths,
		@DefaultValue("30") int firstDueDays) {

	public static AssessmentPolicy defaults() {
		return new AssessmentPolicy(40, 12, 24, 36, 30);
	}

	public int monthsFor(PhiAccess access) {
		return switch (access) {
			case PHI -> this.phiMonths;
			case LIMITED_DATA_SET -> this.limitedDataSetMonths;
			case DE_IDENTIFIED, NONE -> this.otherMonths;
		};
	}

}
