package health.covenant.vendors;

import java.util.List;

/** Refused on save: the vendor data breaks one or more {@link VendorRules}; nothing was saved. */
public class VendorRuleException extends RuntimeException {

	private final List<VendorRuleViolation> violations;

	public VendorRuleException(List<VendorRuleViolation> violations) {
		super("vendor rules violated: " + violations.stream().map(VendorRuleViolation::messageKey).toList());
		this.violations = List.copyOf(violations);
	}

	public List<VendorRuleViolation> violations() {
		return this.violations;
	}

}
