package health.covenant.vendors;

import java.util.List;

/**
 * A rule a vendor, AI profile or sub-processor breaks, tied to the form field where the user fixes it.
 *
 * @param field form field name (e.g. {@code securityContactEmail}), null for the whole record
 * @param messageKey message key in vendors.properties
 * @param args message arguments
 */
public record VendorRuleViolation(String field, String messageKey, List<Object> args) {

	public VendorRuleViolation {
		args = List.copyOf(args);
	}

	VendorRuleViolation(String field, String messageKey) {
		this(field, messageKey, List.of());
	}

	public Object[] argsArray() {
		return this.args.toArray();
	}

}
