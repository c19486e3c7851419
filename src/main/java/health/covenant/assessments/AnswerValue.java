package health.covenant.assessments;

import org.springframework.modulith.NamedInterface;

/** An answer to a question of the bank. Whoever answers (our assessor, later a vendor contact), the values are these. */
@NamedInterface("api")
public enum AnswerValue {

	YES, PARTLY, NO, NOT_APPLICABLE;

	/** Whether the answer falls short of the question's expectation (a finding may hang on it). */
	public boolean fallsShort() {
		return this == PARTLY || this == NO;
	}

}
