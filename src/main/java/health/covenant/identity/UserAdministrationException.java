package health.covenant.identity;

/**
 * A user change that would break a rule: the field it concerns and the message key to show there.
 */
public class UserAdministrationException extends RuntimeException {

	private final String field;

	private final String messageKey;

	UserAdministrationException(String field, String messageKey) {
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
