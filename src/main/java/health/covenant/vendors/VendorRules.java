package health.covenant.vendors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules a vendor, its AI profile and its sub-processors obey, in one place. {@link VendorService}
 * refuses a save that breaks any of them (whoever calls it: the forms, the demo data, another module);
 * the forms ask the same rules first so that the user sees each message next to its field. Field names
 * are the form's input names. Blank texts count as absent (they are stored as null).
 */
public final class VendorRules {

	static final Pattern WEB_ADDRESS = Pattern.compile("^https?://\\S+$");

	static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"'()\\[\\],;:\\\\]+@[^@\\s<>\"'()\\[\\],;:\\\\]+$");

	static final Pattern PHONE = Pattern.compile("^[+0-9 ().\\-x]*$");

	private VendorRules() {
	}

	/**
	 * A vendor's fields: a name; texts within their column lengths; web address, e-mails and phone numbers
	 * well formed; the PHI access known. A vendor that handles PHI or a limited data set has a security /
	 * incident contact e-mail (breach notices must reach someone) and a known record volume (it drives
	 * the risk score).
	 */
	public static List<VendorRuleViolation> check(VendorDetails d) {
		Checks c = new Checks();
		c.required("name", d.name());
		c.length("name", d.name(), 200);
		c.length("legalName", d.legalName(), 200);
		c.length("website", d.website(), 300);
		c.pattern("website", d.website(), WEB_ADDRESS, "vendor.rule.webAddress");
		c.length("description", d.description(), 4000);
		contact(c, "primaryContact", d.primaryContact());
		contact(c, "securityContact", d.securityContact());
		if (d.phiAccess() == null) {
			c.add("phiAccess", "vendor.rule.phiAccessRequired");
		}
		c.length("hostingRegions", d.hostingRegions(), 300);
		c.length("externalReference", d.externalReference(), 100);
		if (d.phiAccess() != null && d.phiAccess().handlesPhi()) {
			String email = d.securityContact() == null ? null : d.securityContact().email();
			if (isBlank(email)) {
				c.add("securityContactEmail", "vendor.rule.securityContactForPhi");
			}
			if (d.recordVolume() == null) {
				c.add("recordVolume", "vendor.rule.volumeForPhi");
			}
		}
		return c.violations;
	}

	private static void contact(Checks c, String prefix, VendorDetails.Contact contact) {
		if (contact == null) {
			return;
		}
		c.length(prefix + "Name", contact.name(), 120);
		c.length(prefix + "Email", contact.email(), 254);
		c.pattern(prefix + "Email", contact.email(), EMAIL, "vendor.rule.email");
		c.length(prefix + "Phone", contact.phone(), 40);
		c.pattern(prefix + "Phone", contact.phone(), PHONE, "vendor.rule.phone");
	}

	/**
	 * An AI profile's fields: numbers within range, texts within length, a well-formed model card link;
	 * training on de-identified data names its de-identification method; a test or validation date means
	 * the test or validation was done and lies no later than {@code today}; a model card link means a
	 * model card is available.
	 */
	public static List<VendorRuleViolation> check(AiProfileDetails d, LocalDate today) {
		Checks c = new Checks();
		c.range("dsiSourceAttributes", d.dsiSourceAttributes(), 0, 31);
		c.length("modelCardUrl", d.modelCardUrl(), 300);
		c.pattern("modelCardUrl", d.modelCardUrl(), WEB_ADDRESS, "vendor.rule.webAddress");
		c.range("promptRetentionDays", d.promptRetentionDays(), 0, 36500);
		c.range("outputRetentionDays", d.outputRetentionDays(), 0, 36500);
		c.range("logRetentionDays", d.logRetentionDays(), 0, 36500);
		c.range("embeddingRetentionDays", d.embeddingRetentionDays(), 0, 36500);
		c.length("humanOversight", d.humanOversight(), 1000);
		c.range("changeNoticeDays", d.changeNoticeDays(), 0, 3650);
		c.length("notes", d.notes(), 4000);
		if (d.phiTraining() == PhiTraining.DE_IDENTIFIED_ONLY
				&& (d.deidentificationMethod() == null || d.deidentificationMethod() == DeidentificationMethod.NONE)) {
			c.add("deidentificationMethod", "aiProfile.rule.deidentificationForTraining");
		}
		date(c, "biasTestedOn", d.biasTestedOn(), d.biasTested(), "aiProfile.rule.biasDateWithoutTest", today);
		date(c, "locallyValidatedOn", d.locallyValidatedOn(), d.locallyValidated(),
				"aiProfile.rule.validationDateWithoutValidation", today);
		if (!isBlank(d.modelCardUrl()) && !d.modelCardAvailable()) {
			c.add("modelCardUrl", "aiProfile.rule.modelCardUrlWithoutCard");
		}
		return c.violations;
	}

	private static void date(Checks c, String field, LocalDate date, boolean done, String withoutKey,
			LocalDate today) {
		if (date == null) {
			return;
		}
		if (!done) {
			c.add(field, withoutKey);
		}
		else if (date.isAfter(today)) {
			c.add(field, "aiProfile.rule.dateInFuture");
		}
	}

	/** A sub-processor: a name; texts within their column lengths. */
	public static List<VendorRuleViolation> check(SubprocessorDetails d) {
		Checks c = new Checks();
		c.required("subprocessorName", d.name());
		c.length("subprocessorName", d.name(), 200);
		c.length("subprocessorService", d.service(), 200);
		c.length("subprocessorRegion", d.region(), 100);
		return c.violations;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** Collects violations, at most one per field (the first). */
	private static final class Checks {

		private final List<VendorRuleViolation> violations = new ArrayList<>();

		void add(String field, String key, Object... args) {
			if (this.violations.stream().noneMatch((v) -> v.field().equals(field))) {
				this.violations.add(new VendorRuleViolation(field, key, List.of(args)));
			}
		}

		void required(String field, String text) {
			if (isBlank(text)) {
				add(field, "vendor.rule.required");
			}
		}

		void length(String field, String text, int max) {
			if (text != null && text.strip().length() > max) {
				add(field, "vendor.rule.tooLong", max);
			}
		}

		void pattern(String field, String text, Pattern pattern, String key) {
			if (!isBlank(text) && !pattern.matcher(text.strip()).matches()) {
				add(field, key);
			}
		}

		void range(String field, Integer value, int min, int max) {
			if (value != null && (value < min || value > max)) {
				add(field, "vendor.rule.range", min, max);
			}
		}

	}

}
