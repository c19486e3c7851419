package health.covenant.assessments;

import java.util.Optional;

import health.covenant.vendors.AiProfileDetails;
import health.covenant.vendors.DeidentificationMethod;
import health.covenant.vendors.PhiTraining;

/**
 * Which answer the vendor's AI profile already gives to a question (its {@link Question#prefill()} fact),
 * without database. A fact the profile leaves open (null, or a yes/no flag left at "no", which also means
 * "not known yet") prefills nothing: the assessor answers it.
 */
final class AssessmentPrefill {

	private AssessmentPrefill() {
	}

	static Optional<AnswerValue> answer(String fact, AiProfileDetails ai) {
		if (fact == null || ai == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(switch (fact) {
			case "PHI_TRAINING" -> ai.phiTraining() == null ? null
					: ai.phiTraining() == PhiTraining.YES ? AnswerValue.NO : AnswerValue.YES;
			case "RETENTION" -> retention(ai);
			case "DEID_METHOD" -> ai.deidentificationMethod() == null ? null
					: ai.deidentificationMethod() == DeidentificationMethod.NONE ? AnswerValue.NOT_APPLICABLE
							: AnswerValue.YES;
			case "MODEL_CARD" -> yesIf(ai.modelCardAvailable());
			case "BIAS_TESTED" -> yesIf(ai.biasTested());
			case "LOCAL_VALIDATION" -> yesIf(ai.locallyValidated());
			case "DRIFT" -> yesIf(ai.driftMonitoring());
			case "HUMAN_OVERSIGHT" -> yesIf(ai.humanOversight() != null && !ai.humanOversight().isBlank());
			case "CHANGE_NOTICE" -> yesIf(ai.changeNoticeDays() != null && ai.changeNoticeDays() > 0);
			case "PROMPT_INJECTION" -> yesIf(ai.coversPromptInjection());
			case "DATA_LEAKAGE" -> yesIf(ai.coversDataLeakage());
			case "AI_BOM" -> yesIf(ai.aiBomAvailable());
			case "MODEL_FAILURE_INCIDENT" -> yesIf(ai.modelFailureIsIncident());
			case "PATIENT_DISCLOSURE" -> ai.patientDisclosure() == null ? null : switch (ai.patientDisclosure()) {
				case DISCLOSED, DISCLOSED_WITH_OPT_OUT -> AnswerValue.YES;
				case NOT_DISCLOSED -> AnswerValue.NO;
				case NOT_PATIENT_FACING -> AnswerValue.NOT_APPLICABLE;
			};
			default -> null;
		});
	}

	private static AnswerValue retention(AiProfileDetails ai) {
		int set = 0;
		for (Integer days : new Integer[] { ai.promptRetentionDays(), ai.outputRetentionDays(), ai.logRetentionDays(),
				ai.embeddingRetentionDays() }) {
			if (days != null) {
				set++;
			}
		}
		return set == 4 ? AnswerValue.YES : set > 0 ? AnswerValue.PARTLY : null;
	}

	private static AnswerValue yesIf(boolean known) {
		return known ? AnswerValue.YES : null;
	}


}
