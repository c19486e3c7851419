package health.covenant.assessments;

/** Completion refused: questions unanswered, or answered N/A without a note. */
public class AssessmentIncompleteException extends RuntimeException {

	private final AssessmentScoring.Result result;

	public AssessmentIncompleteException(AssessmentScoring.Result result) {
		super("assessment incomplete");
		this.result = result;
	}

	public AssessmentScoring.Result result() {
		return this.result;
	}

}
