package health.covenant.incidents;

import java.time.LocalDate;

import health.covenant.agreements.BreachNoticeUnit;

/**
 * What a vendor commits to do when an incident happens, beyond the breach-notice window of its BAA (which
 * stays on the agreement), and the dates that start its yearly duties. Checked by {@link IrCommitmentRules}.
 *
 * @param incidentWindowValue how soon it reports a security incident (with {@code incidentWindowUnit})
 * @param contingencyNoticeHours how many hours after activating its contingency plan it tells us
 * @param contactAroundTheClock whether the incident-response contact answers 24×7
 * @param cooperates whether it cooperates with our investigation
 * @param forensicAccess whether it gives us or our examiner forensic access
 * @param cyberCoverage the cyber-insurance coverage (carrier, limit), when insured
 * @param planReviewedOn the day its incident-response plan was last reviewed
 * @param tabletopOn the day of its last tabletop exercise
 * @param verificationReceivedOn the day its yearly written verification of safeguards reached us
 * @param verificationOfficer the vendor's authorised officer who signed it
 * @param verificationOfficerTitle that officer's title
 */
public record IrCommitmentDetails(Integer incidentWindowValue, BreachNoticeUnit incidentWindowUnit,
		Integer contingencyNoticeHours, String contactName, String contactEmail, String contactPhone,
		boolean contactAroundTheClock, boolean cooperates, boolean forensicAccess, boolean cyberInsured,
		String cyberCoverage, LocalDate planReviewedOn, LocalDate tabletopOn, LocalDate verificationReceivedOn,
		String verificationOfficer, String verificationOfficerTitle) {

	/** Nothing committed yet. */
	public static IrCommitmentDetails empty() {
		return new IrCommitmentDetails(null, null, null, null, null, null, false, false, false, false, null, null,
				null, null, null, null);
	}

}
