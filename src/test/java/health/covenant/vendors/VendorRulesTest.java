package health.covenant.vendors;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The vendor rules as the service enforces them: each row changes one thing of a valid record and says
 * which field breaks which rule ("" for none), on the boundaries (lengths, ranges, today).
 */
class VendorRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	static final VendorDetails.Contact SECURITY = new VendorDetails.Contact("Sam", "security@example.org",
			"+1 (555) 010-9110 x12");

	static final VendorDetails VALID = new VendorDetails("Scribe Co", "Scribe Co, Inc.", "https://scribe.example",
			"Ambient scribe", ServiceCategory.OTHER, null, VendorDetails.Contact.NONE, SECURITY, PhiAccess.PHI,
			RecordVolume.UNDER_1K, null, "US", "PO-1");

	static Stream<Arguments> vendors() {
		return Stream.of(row("valid as it is", (d) -> d, ""),
				row("name missing", (d) -> with(d, null, d.website(), d.securityContact(), d.phiAccess(),
						d.recordVolume()), "name=vendor.rule.required"),
				row("name blank", (d) -> with(d, "   ", d.website(), d.securityContact(), d.phiAccess(),
						d.recordVolume()), "name=vendor.rule.required"),
				row("name of 200 characters", (d) -> with(d, "n".repeat(200), d.website(), d.securityContact(),
						d.phiAccess(), d.recordVolume()), ""),
				row("name of 201 characters", (d) -> with(d, "n".repeat(201), d.website(), d.securityContact(),
						d.phiAccess(), d.recordVolume()), "name=vendor.rule.tooLong"),
				row("website without scheme", (d) -> with(d, d.name(), "scribe.example", d.securityContact(),
						d.phiAccess(), d.recordVolume()), "website=vendor.rule.webAddress"),
				row("website as script", (d) -> with(d, d.name(), "javascript:alert(1)", d.securityContact(),
						d.phiAccess(), d.recordVolume()), "website=vendor.rule.webAddress"),
				row("website blank", (d) -> with(d, d.name(), " ", d.securityContact(), d.phiAccess(),
						d.recordVolume()), ""),
				row("PHI without security e-mail", (d) -> with(d, d.name(), d.website(),
						new VendorDetails.Contact("Sam", null, null), d.phiAccess(), d.recordVolume()),
						"securityContactEmail=vendor.rule.securityContactForPhi"),
				row("PHI with a blank security e-mail", (d) -> with(d, d.name(), d.website(),
						new VendorDetails.Contact("Sam", " ", null), d.phiAccess(), d.recordVolume()),
						"securityContactEmail=vendor.rule.securityContactForPhi"),
				row("PHI without record volume", (d) -> with(d, d.name(), d.website(), d.securityContact(),
						d.phiAccess(), null), "recordVolume=vendor.rule.volumeForPhi"),
				row("limited data set without either", (d) -> with(d, d.name(), d.website(),
						VendorDetails.Contact.NONE, PhiAccess.LIMITED_DATA_SET, null),
						"securityContactEmail=vendor.rule.securityContactForPhi,recordVolume=vendor.rule.volumeForPhi"),
				row("de-identified only needs neither", (d) -> with(d, d.name(), d.website(),
						VendorDetails.Contact.NONE, PhiAccess.DE_IDENTIFIED, null), ""),
				row("no PHI needs neither", (d) -> with(d, d.name(), d.website(), VendorDetails.Contact.NONE,
						PhiAccess.NONE, null), ""),
				row("PHI access unknown", (d) -> with(d, d.name(), d.website(), d.securityContact(), null,
						d.recordVolume()), "phiAccess=vendor.rule.phiAccessRequired"),
				row("malformed e-mail", (d) -> with(d, d.name(), d.website(),
						new VendorDetails.Contact(null, "<b>@x", null), d.phiAccess(), d.recordVolume()),
						"securityContactEmail=vendor.rule.email"),
				row("malformed phone", (d) -> with(d, d.name(), d.website(),
						new VendorDetails.Contact(null, "s@example.org", "call <me>"), d.phiAccess(),
						d.recordVolume()), "securityContactPhone=vendor.rule.phone"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vendors")
	void vendorRules(String what, VendorDetails details, String expected) {
		assertThat(describe(VendorRules.check(details))).isEqualTo(expected);
	}

	static Stream<Arguments> aiProfiles() {
		AiProfileDetails e = AiProfileDetails.EMPTY;
		return Stream.of(arguments("nothing known", e, ""),
				arguments("de-identified training without method",
						ai(e, PhiTraining.DE_IDENTIFIED_ONLY, null, false, null, false, null, false, null, null),
						"deidentificationMethod=aiProfile.rule.deidentificationForTraining"),
				arguments("de-identified training with method NONE",
						ai(e, PhiTraining.DE_IDENTIFIED_ONLY, DeidentificationMethod.NONE, false, null, false, null,
								false, null, null),
						"deidentificationMethod=aiProfile.rule.deidentificationForTraining"),
				arguments("de-identified training by Safe Harbor",
						ai(e, PhiTraining.DE_IDENTIFIED_ONLY, DeidentificationMethod.SAFE_HARBOR, false, null, false,
								null, false, null, null),
						""),
				arguments("bias test date without the test",
						ai(e, null, null, false, TODAY, false, null, false, null, null),
						"biasTestedOn=aiProfile.rule.biasDateWithoutTest"),
				arguments("bias tested today", ai(e, null, null, true, TODAY, false, null, false, null, null), ""),
				arguments("bias tested tomorrow",
						ai(e, null, null, true, TODAY.plusDays(1), false, null, false, null, null),
						"biasTestedOn=aiProfile.rule.dateInFuture"),
				arguments("validation date without validation",
						ai(e, null, null, false, null, false, TODAY.minusDays(1), false, null, null),
						"locallyValidatedOn=aiProfile.rule.validationDateWithoutValidation"),
				arguments("validated tomorrow",
						ai(e, null, null, false, null, true, TODAY.plusDays(1), false, null, null),
						"locallyValidatedOn=aiProfile.rule.dateInFuture"),
				arguments("model card link without a card",
						ai(e, null, null, false, null, false, null, false, "https://x.example/card", null),
						"modelCardUrl=aiProfile.rule.modelCardUrlWithoutCard"),
				arguments("model card link with a card",
						ai(e, null, null, false, null, false, null, true, "https://x.example/card", null), ""),
				arguments("model card link as script",
						ai(e, null, null, false, null, false, null, true, "javascript:alert(1)", null),
						"modelCardUrl=vendor.rule.webAddress"),
				arguments("31 source attributes", ai(e, null, null, false, null, false, null, false, null, 31), ""),
				arguments("32 source attributes", ai(e, null, null, false, null, false, null, false, null, 32),
						"dsiSourceAttributes=vendor.rule.range"),
				arguments("-1 source attributes", ai(e, null, null, false, null, false, null, false, null, -1),
						"dsiSourceAttributes=vendor.rule.range"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("aiProfiles")
	void aiProfileRules(String what, AiProfileDetails details, String expected) {
		assertThat(describe(VendorRules.check(details, TODAY))).isEqualTo(expected);
	}

	static Stream<Arguments> subprocessors() {
		return Stream.of(arguments("named", new SubprocessorDetails("Host", null, null, false, false), ""),
				arguments("no name", new SubprocessorDetails(" ", "Hosting", "US", true, true),
						"subprocessorName=vendor.rule.required"),
				arguments("region of 101 characters", new SubprocessorDetails("Host", null, "r".repeat(101), false,
						false), "subprocessorRegion=vendor.rule.tooLong"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("subprocessors")
	void subprocessorRules(String what, SubprocessorDetails details, String expected) {
		assertThat(describe(VendorRules.check(details))).isEqualTo(expected);
	}

	private static Arguments row(String what, UnaryOperator<VendorDetails> change, String expected) {
		return arguments(what, change.apply(VALID), expected);
	}

	private static VendorDetails with(VendorDetails d, String name, String website, VendorDetails.Contact security,
			PhiAccess phi, RecordVolume volume) {
		return new VendorDetails(name, d.legalName(), website, d.description(), d.serviceCategory(),
				d.businessOwnerId(), d.primaryContact(), security, phi, volume, d.systemAccess(), d.hostingRegions(),
				d.externalReference());
	}

	private static AiProfileDetails ai(AiProfileDetails e, PhiTraining training, DeidentificationMethod method,
			boolean biasTested, LocalDate biasTestedOn, boolean validated, LocalDate validatedOn, boolean card,
			String cardUrl, Integer dsi) {
		return new AiProfileDetails(e.systemType(), e.fdaStatus(), e.changeControlPlan(), dsi, card, cardUrl, training,
				method, e.promptRetentionDays(), e.outputRetentionDays(), e.logRetentionDays(),
				e.embeddingRetentionDays(), e.offshoreAccess(), biasTested, biasTestedOn, e.usesProtectedAttributes(),
				validated, validatedOn, e.driftMonitoring(), e.decisionRole(), e.humanOversight(), e.updateCadence(),
				e.changeNoticeDays(), e.coversPromptInjection(), e.coversDataLeakage(), e.aiBomAvailable(),
				e.modelFailureIsIncident(), e.frameworkAlignment(), e.patientDisclosure(), e.notes());
	}

	private static String describe(List<VendorRuleViolation> violations) {
		return String.join(",", violations.stream().map((v) -> v.field() + "=" + v.messageKey()).toList());
	}

}
