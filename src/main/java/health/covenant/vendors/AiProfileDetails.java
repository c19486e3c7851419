package health.covenant.vendors;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * A vendor's AI profile (docs/domain.md §6). AI-08 (sub-processors) is kept as
 * {@link SubprocessorSummary sub-processors}; AI-09 hosting regions are the vendor's
 * {@link VendorDetails#hostingRegions()}. Null means "not known yet".
 *
 * @param systemType AI-01
 * @param fdaStatus AI-02
 * @param changeControlPlan AI-02 predetermined change control plan
 * @param dsiSourceAttributes AI-03 HTI-1 source attributes supplied (0–31)
 * @param modelCardAvailable AI-04
 * @param modelCardUrl AI-04
 * @param phiTraining AI-05
 * @param deidentificationMethod AI-06
 * @param promptRetentionDays AI-07
 * @param outputRetentionDays AI-07
 * @param logRetentionDays AI-07
 * @param embeddingRetentionDays AI-07
 * @param offshoreAccess AI-09
 * @param biasTested AI-10 bias testing by subgroup
 * @param biasTestedOn AI-10
 * @param usesProtectedAttributes AI-10 race, sex, age or disability as inputs
 * @param locallyValidated AI-11
 * @param locallyValidatedOn AI-11
 * @param driftMonitoring AI-11
 * @param decisionRole AI-12
 * @param humanOversight AI-12
 * @param updateCadence AI-13
 * @param changeNoticeDays AI-13 days of notice before a model change
 * @param coversPromptInjection AI-14
 * @param coversDataLeakage AI-14
 * @param aiBomAvailable AI-14 AI/software bill of materials
 * @param modelFailureIsIncident AI-15
 * @param frameworkAlignment AI-16
 * @param patientDisclosure AI-17
 * @param notes free text
 */
@NamedInterface("api")
public record AiProfileDetails(AiSystemType systemType, FdaStatus fdaStatus, boolean changeControlPlan,
		Integer dsiSourceAttributes, boolean modelCardAvailable, String modelCardUrl, PhiTraining phiTraining,
		DeidentificationMethod deidentificationMethod, Integer promptRetentionDays, Integer outputRetentionDays,
		Integer logRetentionDays, Integer embeddingRetentionDays, boolean offshoreAccess, boolean biasTested,
		LocalDate biasTestedOn, boolean usesProtectedAttributes, boolean locallyValidated,
		LocalDate locallyValidatedOn, boolean driftMonitoring, DecisionRole decisionRole, String humanOversight,
		UpdateCadence updateCadence, Integer changeNoticeDays, boolean coversPromptInjection,
		boolean coversDataLeakage, boolean aiBomAvailable, boolean modelFailureIsIncident,
		FrameworkAlignment frameworkAlignment, PatientDisclosure patientDisclosure, String notes) {

	/** Nothing known yet. */
	public static final AiProfileDetails EMPTY = new AiProfileDetails(null, null, false, null, false, null, null, null,
			null, null, null, null, false, false, null, false, false, null, false, null, null, null, null, false, false,
			false, false, null, null, null);

}
