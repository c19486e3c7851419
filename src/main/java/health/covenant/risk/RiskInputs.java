package health.covenant.risk;

import java.time.LocalDate;
import java.util.List;

import health.covenant.vendors.DecisionRole;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.PhiTraining;
import health.covenant.vendors.RecordVolume;
import health.covenant.vendors.ServiceCategory;
import health.covenant.vendors.SystemAccess;

/**
 * Everything the risk model reads about one vendor, gathered from the other modules' public reads. A
 * plain value: the model takes it and "today" and nothing else, and its text form is the inputs digest.
 *
 * @param vendorId the vendor
 * @param vendorName its name (explanations)
 * @param status lifecycle status
 * @param phiAccess what data it handles
 * @param volume records it handles, null when not recorded
 * @param systemAccess access to our systems, null when not recorded
 * @param category service category, null when not recorded
 * @param decisionRole AI-12, null when not an AI or not recorded
 * @param phiTraining AI-05, null when not recorded
 * @param retentionDays the longest retention of prompts, outputs, logs or embeddings (AI-07), null when not
 * recorded
 * @param offshoreAccess AI-09
 * @param subprocessorsWithoutBaa names of the sub-processors without a downstream BAA
 * @param baa the vendor's BAA standing
 * @param assuredUntil the last day of the vendor's best third-party assurance, null when it never had any
 * @param assessment the latest completed assessment and the next due date
 * @param findings open findings
 * @param incidents incidents reported in the last 24 months
 */
public record RiskInputs(long vendorId, String vendorName, LifecycleStatus status, PhiAccess phiAccess,
		RecordVolume volume, SystemAccess systemAccess, ServiceCategory category, DecisionRole decisionRole,
		PhiTraining phiTraining, Integer retentionDays, boolean offshoreAccess, List<String> subprocessorsWithoutBaa,
		Baa baa, LocalDate assuredUntil, Assessment assessment, List<OpenFinding> findings, Incidents incidents) {

	public RiskInputs {
		subprocessorsWithoutBaa = List.copyOf(subprocessorsWithoutBaa);
		findings = List.copyOf(findings);
	}

	/** PHI or a limited data set: a BAA is required. */
	public boolean handlesPhi() {
		return this.phiAccess == PhiAccess.PHI || this.phiAccess == PhiAccess.LIMITED_DATA_SET;
	}

	/** ONBOARDING or ACTIVE. */
	public boolean inService() {
		return this.status == LifecycleStatus.ONBOARDING || this.status == LifecycleStatus.ACTIVE;
	}

	/**
	 * The vendor's BAA standing.
	 *
	 * @param current an executed BAA is in force today
	 * @param agreementId that BAA (the link of the explanation), null when none
	 * @param missingRequired required clauses it misses
	 * @param currentUntil the last day of its current term, null when evergreen or none
	 * @param breachNoticeDays the longest its breach-notice window can last, in calendar days, null when none
	 */
	public record Baa(boolean current, Long agreementId, int missingRequired, LocalDate currentUntil,
			Long breachNoticeDays) {

		public static final Baa NONE = new Baa(false, null, 0, null, null);

	}

	/**
	 * The latest completed assessment and when the next is due.
	 *
	 * @param lastId the latest completed assessment, null when never assessed
	 * @param lastScore its score 0–100
	 * @param lastCompletedOn when it was completed
	 * @param nextDue when the next is due, null when none is
	 */
	public record Assessment(Long lastId, Integer lastScore, LocalDate lastCompletedOn, LocalDate nextDue) {

		public static final Assessment NONE = new Assessment(null, null, null, null);

	}

	/** An open finding: severity (LOW, MEDIUM, HIGH, CRITICAL) and due date. */
	public record OpenFinding(String severity, LocalDate dueOn) {
	}

	/**
	 * Incidents reported in the last 24 months.
	 *
	 * @param count all of them
	 * @param phiBreaches breaches of unsecured PHI among them
	 * @param slaMissed reported to us later than the BAA allows
	 * @param oldestReportedOn the first of them to leave the 24 months, null when none
	 */
	public record Incidents(int count, int phiBreaches, int slaMissed, LocalDate oldestReportedOn) {

		public static final Incidents NONE = new Incidents(0, 0, 0, null);

	}

}
