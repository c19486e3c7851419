package health.covenant.certifications;

import java.util.List;

/** A certification was refused by its rules ({@link CertificationRules}); nothing was saved. */
public class CertificationRuleException extends RuntimeException {

	private final transient List<CertificationViolation> violations;

	public CertificationRuleException(List<CertificationViolation> violations) {
		super("Certification rules broken: "
				+ violations.stream().map(CertificationViolation::messageKey).toList());
		this.violations = List.copyOf(violations);
	}

	public List<CertificationViolation> violations() {
		return this.violations;
	}

}
