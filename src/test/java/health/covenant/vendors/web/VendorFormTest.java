package health.covenant.vendors.web;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.RecordVolume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class VendorFormTest {

	private static final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	static VendorForm valid() {
		VendorForm form = VendorForm.blank("Ambient Notes");
		form.setPhiAccess(PhiAccess.NONE);
		return form;
	}

	static Set<String> invalidFields(Object form) {
		return validator.validate(form).stream()
			.map(ConstraintViolation::getPropertyPath)
			.map(Object::toString)
			.collect(Collectors.toSet());
	}

	static Set<String> ruleErrors(VendorForm form) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "vendorForm");
		form.checkRules(errors);
		return errors.getFieldErrors().stream().map(FieldError::getCode).collect(Collectors.toSet());
	}

	@Test
	void aNameAndPhiAccessAreEnough() {
		assertThat(invalidFields(valid())).isEmpty();
		assertThat(ruleErrors(valid())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void theNameIsRequired(String name) {
		VendorForm form = valid();
		form.setName(name);
		assertThat(invalidFields(form)).containsExactly("name");
	}

	@Test
	void phiAccessIsRequired() {
		VendorForm form = valid();
		form.setPhiAccess(null);
		assertThat(invalidFields(form)).containsExactly("phiAccess");
	}

	@ParameterizedTest
	@CsvSource({ "https://scribe.example, true", "http://x.example/path?q=1, true", "scribe.example, false",
			"ftp://scribe.example, false", "https://two words.example, false", "javascript:alert(1), false" })
	void theWebsiteIsAWebAddress(String website, boolean ok) {
		VendorForm form = valid();
		form.setWebsite(website);
		assertThat(invalidFields(form).contains("website")).isEqualTo(!ok);
	}

	@ParameterizedTest
	@CsvSource({ "+1 (555) 010-2000 x12, true", "555.010.2000, true", "call me, false", "<script>, false" })
	void phonesHoldOnlyPhoneCharacters(String phone, boolean ok) {
		VendorForm form = valid();
		form.setPrimaryContactPhone(phone);
		form.setSecurityContactPhone(phone);
		assertThat(invalidFields(form)).hasSize(ok ? 0 : 2);
	}

	@ParameterizedTest
	@CsvSource({ "jane@vendor.example, true", "jane@, false", "not an email, false" })
	void contactEmailsAreEmailAddresses(String email, boolean ok) {
		VendorForm form = valid();
		form.setSecurityContactEmail(email);
		assertThat(invalidFields(form).contains("securityContactEmail")).isEqualTo(!ok);
	}

	@Test
	void fieldsHaveMaximumLengths() {
		VendorForm form = valid();
		form.setName("x".repeat(201));
		form.setDescription("x".repeat(4001));
		form.setExternalReference("x".repeat(101));
		assertThat(invalidFields(form)).containsExactlyInAnyOrder("name", "description", "externalReference");
	}

	@ParameterizedTest
	@CsvSource({ "NONE, false", "DE_IDENTIFIED, false", "LIMITED_DATA_SET, true", "PHI, true" })
	void aVendorHandlingPhiNeedsASecurityContactAndAVolume(PhiAccess phi, boolean required) {
		VendorForm form = valid();
		form.setPhiAccess(phi);
		assertThat(ruleErrors(form)).isEqualTo(required
				? Set.of("vendor.rule.securityContactForPhi", "vendor.rule.volumeForPhi") : Set.of());
		form.setSecurityContactEmail("security@vendor.example");
		form.setRecordVolume(RecordVolume.OVER_1M);
		assertThat(ruleErrors(form)).isEmpty();
	}

}
