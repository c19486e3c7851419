package health.covenant.incidents;

import java.util.List;

/** An incident was refused by its rules ({@link IncidentRules}); nothing was saved. */
public class IncidentRuleException extends RuntimeException {

	private final transient List<IncidentViolation> violations;

	public IncidentRuleException(List<IncidentViolation> violations) {
		super("Incident rules broken: " + violations.stream().map(IncidentViolation::messageKey).toList());
		this.violations = List.copyOf(violations);
	}

	public List<IncidentViolation> violations() {
		return this.violations;
	}

}
