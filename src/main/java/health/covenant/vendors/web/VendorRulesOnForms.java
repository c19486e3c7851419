package health.covenant.vendors.web;

import java.util.List;

import health.covenant.vendors.VendorRuleViolation;

import org.springframework.validation.Errors;

/** Puts {@link VendorRuleViolation}s on a form, each next to its field. */
final class VendorRulesOnForms {

	private VendorRulesOnForms() {
	}

	/** Each violation at its field, unless that field already shows a message. */
	static void reject(Errors errors, List<VendorRuleViolation> violations) {
		for (VendorRuleViolation violation : violations) {
			if (violation.field() == null) {
				errors.reject(violation.messageKey(), violation.argsArray(), null);
			}
			else if (!errors.hasFieldErrors(violation.field())) {
				errors.rejectValue(violation.field(), violation.messageKey(), violation.argsArray(), null);
			}
		}
	}

}
