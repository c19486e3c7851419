package health.covenant.certifications;

import java.util.List;

/**
 * A broken certification rule: the form field it concerns (null for the whole form), its message key
 * and the message's arguments.
 */
public record CertificationViolation(String field, String messageKey, List<Object> args) {

	public CertificationViolation {
		args = List.copyOf(args);
	}

	public Object[] argsArray() {
		return this.args.toArray();
	}

}
