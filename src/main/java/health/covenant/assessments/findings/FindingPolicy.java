package health.covenant.assessments.findings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Days to remediate a finding by severity, counted from the day it was opened, and how far ahead an
 * accepted risk may run ({@code covenant.findings.*}).
 *
 * @param criticalDays CRITICAL findings
 * @param highDays HIGH findings
 * @param mediumDays MEDIUM findings
 * @param lowDays LOW findings
 * @param acceptanceMaxMonths an acceptance expires at most this many months after it was given
 */
@ConfigurationProperties("covenant.findings")
public record FindingPolicy(@DefaultValue("30") int criticalDays, @DefaultValue("60") int highDays,
		@DefaultValue("90") int mediumDays, @DefaultValue("180") int lowDays,
		@DefaultValue("12") int acceptanceMaxMonths) {

	/** The defaults: 30 / 60 / 90 / 180 days, acceptances up to 12 months. */
	public static FindingPolicy defaults() {
		return new FindingPolicy(30, 60, 90, 180, 12);
	}

	public int daysFor(FindingSeverity severity) {
		return switch (severity) {
			case CRITICAL -> this.criticalDays;
			case HIGH -> this.highDays;
			case MEDIUM -> this.mediumDays;
			case LOW -> this.lowDays;
		};
	}

}
