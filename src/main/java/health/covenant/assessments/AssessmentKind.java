package health.covenant.assessments;

/**
 * What an assessment is for. INITIAL, PERIODIC and TRIGGERED share the security and AI questionnaire
 * (one family: the next completed one supersedes the last); a PRIVACY_IMPACT assessment is about one AI
 * use case or deployment and has its own questions.
 */
public enum AssessmentKind {

	INITIAL, PERIODIC, TRIGGERED, PRIVACY_IMPACT;

	/** Whether it is a privacy impact assessment (else the security and AI questionnaire). */
	public boolean privacyImpact() {
		return this == PRIVACY_IMPACT;
	}

}
