package health.covenant.assessments;

/** A change refused by a rule, naming the form field (may be null) and the message key. */
public class AssessmentRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public AssessmentRuleException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
