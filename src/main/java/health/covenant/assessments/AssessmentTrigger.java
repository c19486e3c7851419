package health.covenant.assessments;

/** Why a TRIGGERED assessment was started. */
public enum AssessmentTrigger {

	INCIDENT, NEW_DATA_FLOW, NEW_MODEL_VERSION, LAPSED_CERTIFICATION

}
