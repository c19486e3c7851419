package health.covenant.assessments.findings;

/** A change refused by a rule, naming the form field and the message key. */
public class FindingRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public FindingRuleException(String field, String messageKey) {
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
