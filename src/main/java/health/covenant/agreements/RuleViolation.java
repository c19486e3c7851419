package health.covenant.agreements;

import java.util.List;

/**
 * A rule an agreement breaks, tied to the form field where the user fixes it.
 *
 * @param field form field name (e.g. {@code breachNoticeValue}), null for the whole agreement
 * @param messageKey message key in agreements.properties
 * @param args message arguments
 */
public record RuleViolation(String field, String messageKey, List<Object> args) {

	public Object[] argsArray() {
		return this.args.toArray();
	}

}
