package health.covenant.assessments;

import health.covenant.vendors.RiskTier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reassessment cadence by risk tier ({@code covenant.assessments.reassessment.*}): the
 * months between a scored vendor's assessments by its tier, and how many days after a trigger (its
 * third-party assurance lapsed, a sub-processor was added) the reassessment is due at the latest. A
 * vendor not scored yet keeps the cadence by PHI access of {@link AssessmentPolicy}.
 *
 * @param criticalMonths vendors of tier CRITICAL
 * @param highMonths vendors of tier HIGH
 * @param mediumMonths vendors of tier MEDIUM
 * @param lowMonths vendors of tier LOW
 * @param triggerDays days after a trigger by which the reassessment is due at the latest
 */
@ConfigurationProperties("covenant.assessments.reassessment")
public record ReassessmentPolicy(@DefaultValue("12") int criticalMonths, @DefaultValue("12") int highMonths,
		@DefaultValue("24") int mediumMonths, @DefaultValue("36") int lowMonths, @DefaultValue("30") int triggerDays) {

	public static ReassessmentPolicy defaults() {
		return new ReassessmentPolicy(12, 12, 24, 36, 30);
	}

	public int monthsFor(RiskTier tier) {
		return switch (tier) {
			case CRITICAL -> this.criticalMonths;
			case HIGH -> this.highMonths;
			case MEDIUM -> this.mediumMonths;
			case LOW -> this.lowMonths;
		};
	}

}
