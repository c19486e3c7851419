package health.covenant.vendors.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import health.covenant.vendors.DeidentificationMethod;
import health.covenant.vendors.PhiTraining;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class AiProfileFormTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static Set<String> ruleErrors(AiProfileForm form) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "aiProfileForm");
		form.checkRules(errors, TODAY);
		return errors.getFieldErrors().stream().map((e) -> e.getField() + ":" + e.getCode()).collect(Collectors.toSet());
	}

	@Test
	void anEmptyProfileIsValid() {
		assertThat(ruleErrors(new AiProfileForm())).isEmpty();
		assertThat(VendorFormTest.invalidFields(new AiProfileForm())).isEmpty();
	}

	@ParameterizedTest(name = "training {0}, method {1}: ok={2}")
	@CsvSource({ "DE_IDENTIFIED_ONLY, , false", "DE_IDENTIFIED_ONLY, NONE, false",
			"DE_IDENTIFIED_ONLY, SAFE_HARBOR, true", "DE_IDENTIFIED_ONLY, EXPERT_DETERMINATION, true", "NO, , true",
			"YES, NONE, true", "WITH_AUTHORIZATION, , true" })
	void trainingOnDeIdentifiedDataNamesTheMethod(PhiTraining training, DeidentificationMethod method, boolean ok) {
		AiProfileForm form = new AiProfileForm();
		form.setPhiTraining(training);
		form.setDeidentificationMethod(method);
		assertThat(ruleErrors(form)).isEqualTo(
				ok ? Set.of() : Set.of("deidentificationMethod:aiProfile.rule.deidentificationForTraining"));
	}

	@ParameterizedTest(name = "tested={0} on {1}")
	@CsvSource({ "true, 2026-11-23, ", "true, 2024-02-29, ", "true, , ", "false, , ",
			"true, 2026-11-24, aiProfile.rule.dateInFuture", "false, 2026-01-01, aiProfile.rule.biasDateWithoutTest" })
	void aBiasTestDateNeedsATestAndIsNotInTheFuture(boolean tested, LocalDate on, String error) {
		AiProfileForm form = new AiProfileForm();
		form.setBiasTested(tested);
		form.setBiasTestedOn(on);
		assertThat(ruleErrors(form)).isEqualTo(error == null ? Set.of() : Set.of("biasTestedOn:" + error));
	}

	@ParameterizedTest(name = "validated={0} on {1}")
	@CsvSource({ "true, 2026-11-22, ", "true, 2026-12-31, aiProfile.rule.dateInFuture",
			"false, 2025-12-31, aiProfile.rule.validationDateWithoutValidation" })
	void aValidationDateNeedsAValidationAndIsNotInTheFuture(boolean validated, LocalDate on, String error) {
		AiProfileForm form = new AiProfileForm();
		form.setLocallyValidated(validated);
		form.setLocallyValidatedOn(on);
		assertThat(ruleErrors(form)).isEqualTo(error == null ? Set.of() : Set.of("locallyValidatedOn:" + error));
	}

	@Test
	void aModelCardLinkNeedsAModelCard() {
		AiProfileForm form = new AiProfileForm();
		form.setModelCardUrl("https://vendor.example/model-card");
		assertThat(ruleErrors(form)).containsExactly("modelCardUrl:aiProfile.rule.modelCardUrlWithoutCard");
		form.setModelCardAvailable(true);
		assertThat(ruleErrors(form)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "0, true", "31, true", "32, false", "-1, false" })
	void dsiSourceAttributesAreBetweenZeroAndThirtyOne(int count, boolean ok) {
		AiProfileForm form = new AiProfileForm();
		form.setDsiSourceAttributes(count);
		assertThat(VendorFormTest.invalidFields(form).contains("dsiSourceAttributes")).isEqualTo(!ok);
	}

	@ParameterizedTest
	@CsvSource({ "0, true", "36500, true", "-1, false", "36501, false" })
	void retentionIsZeroOrMoreDays(int days, boolean ok) {
		AiProfileForm form = new AiProfileForm();
		form.setPromptRetentionDays(days);
		form.setEmbeddingRetentionDays(days);
		assertThat(VendorFormTest.invalidFields(form)).hasSize(ok ? 0 : 2);
	}

	@Test
	void formAndDetailsRoundTrip() {
		AiProfileForm form = new AiProfileForm();
		form.setPhiTraining(PhiTraining.NO);
		form.setPromptRetentionDays(30);
		form.setBiasTested(true);
		form.setBiasTestedOn(TODAY);
		var details = form.toDetails();
		AiProfileForm again = AiProfileForm.of(new health.covenant.vendors.AiProfileView(1, 3, details, null, null));
		assertThat(again.toDetails()).isEqualTo(details);
		assertThat(again.getVersion()).isEqualTo(3);
	}

}
