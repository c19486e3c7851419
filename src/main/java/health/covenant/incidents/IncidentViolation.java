package health.covenant.incidents;

import java.util.List;

/** A broken incident rule: the form field it concerns, its message key and the message's arguments. */
public record IncidentViolation(String field, String messageKey, List<Object> args) {

	public IncidentViolation {
		args = List.copyOf(args);
	}

	static IncidentViolation of(String field, String messageKey, Object... args) {
		return new IncidentViolation(field, messageKey, List.of(args));
	}

}
