package health.covenant.agreements;

import java.util.List;

/** Refused on save: the agreement breaks one or more rules ({@link AgreementRules}); nothing was saved. */
public class AgreementRuleException extends RuntimeException {

	private final List<RuleViolation> violations;

	public AgreementRuleException(List<RuleViolation> violations) {
		super("agreement rules violated: " + violations.stream().map(RuleViolation::messageKey).toList());
		this.violations = List.copyOf(violations);
	}

	public List<RuleViolation> violations() {
		return this.violations;
	}

}
