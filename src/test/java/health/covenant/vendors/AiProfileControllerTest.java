package health.covenant.vendors;

import health.covenant.IntegrationTest;
import health.covenant.identity.Role;
import health.covenant.shared.SystemActor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static health.covenant.WebTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AiProfileControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	VendorService vendors;

	@Autowired
	JdbcClient jdbc;

	static MockHttpServletRequestBuilder profilePost(long id) {
		return post("/vendors/{id}/ai-profile", id).with(csrf())
			.param("systemType", "AMBIENT_SCRIBE")
			.param("fdaStatus", "NONE")
			.param("dsiSourceAttributes", "12")
			.param("phiTraining", "DE_IDENTIFIED_ONLY")
			.param("deidentificationMethod", "SAFE_HARBOR")
			.param("promptRetentionDays", "30")
			.param("biasTested", "true")
			.param("biasTestedOn", "2026-06-30")
			.param("decisionRole", "AUGMENTS")
			.param("humanOversight", "Clinician reviews and signs every note")
			.param("coversPromptInjection", "true")
			.param("frameworkAlignment", "NIST_AI_RMF")
			.param("patientDisclosure", "DISCLOSED_WITH_OPT_OUT")
			.param("version", "0");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "PROCUREMENT", "ADMIN", "SECURITY_OFFICER" })
	void aiEditorsGetTheFormWithProperInputs(Role role) throws Exception {
		long id = Vendors.register(this.vendors, Vendors.unique("Profiled"));
		this.mvc.perform(get("/vendors/{id}/ai-profile", id).with(as(role)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<select id=\"systemType\""),
					containsString("type=\"number\" id=\"dsiSourceAttributes\""),
					containsString("type=\"date\" id=\"biasTestedOn\""),
					containsString("type=\"checkbox\" id=\"modelFailureIsIncident\""),
					containsString("<textarea id=\"humanOversight\""))));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "LEGAL", "AUDITOR" })
	void othersMayNotEditTheAiProfile(Role role) throws Exception {
		long id = Vendors.register(this.vendors, Vendors.unique("Unprofiled"));
		this.mvc.perform(get("/vendors/{id}/ai-profile", id).with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(profilePost(id).with(as(role))).andExpect(status().isForbidden());
		assertThat(this.vendors.getAiProfile(id).details()).isEqualTo(AiProfileDetails.EMPTY);
	}

	@Test
	void aSecurityOfficerSavesTheProfileAndItIsAudited() throws Exception {
		long id = Vendors.register(this.vendors, Vendors.unique("Scribe Profile"));
		this.mvc.perform(profilePost(id).with(as(Role.SECURITY_OFFICER)))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/vendors/" + id + "#section-ai"));
		AiProfileDetails saved = this.vendors.getAiProfile(id).details();
		assertThat(saved.systemType()).isEqualTo(AiSystemType.AMBIENT_SCRIBE);
		assertThat(saved.dsiSourceAttributes()).isEqualTo(12);
		assertThat(saved.biasTestedOn()).hasToString("2026-06-30");
		assertThat(saved.coversPromptInjection()).isTrue();
		assertThat(saved.modelFailureIsIncident()).isFalse();
		assertThat(this.jdbc.sql("SELECT changes->'systemType'->>'after' FROM audit_event WHERE entity_type = 'Vendor' "
				+ "AND entity_id = ? AND action = 'AI_PROFILE_UPDATED'").param(Long.toString(id)).query(String.class).single())
			.isEqualTo("AMBIENT_SCRIBE");
		this.mvc.perform(get("/vendors/{id}", id).with(as(Role.AUDITOR)))
			.andExpect(content().string(allOf(containsString("Speech / ambient scribe"),
					containsString("Clinician reviews and signs every note"))));
	}

	@Test
	void invalidInputIsShownAgainAndNothingIsSaved() throws Exception {
		long id = Vendors.register(this.vendors, Vendors.unique("Bad Profile"));
		this.mvc.perform(post("/vendors/{id}/ai-profile", id).with(csrf())
			.with(as(Role.SECURITY_OFFICER))
			.param("systemType", "PREDICTIVE")
			.param("dsiSourceAttributes", "40")
			.param("promptRetentionDays", "thirty")
			.param("phiTraining", "DE_IDENTIFIED_ONLY")
			.param("locallyValidatedOn", "2026-01-10")
			.param("biasTested", "true")
			.param("biasTestedOn", "2027-01-01")
			.param("humanOversight", "Kept text")
			.param("version", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect((result) -> assertThat(result.getResponse().getContentAsString()).contains("Must be at most 31.",
					"Enter a whole number.", "needs the de-identification method",
					"needs \u201cValidated locally\u201d ticked", "Cannot be in the future.", "Kept text"));
		assertThat(this.vendors.getAiProfile(id).details()).isEqualTo(AiProfileDetails.EMPTY);
	}

	@Test
	void aStaleSaveShowsTheConflict() throws Exception {
		long id = Vendors.register(this.vendors, Vendors.unique("Contested Profile"));
		AiProfileDetails first = new AiProfileDetails(AiSystemType.PREDICTIVE, null, false, null, false, null, null,
				null, null, null, null, null, false, false, null, false, false, null, false, null, "First", null, null,
				false, false, false, false, null, null, null);
		SystemActor.runAs(() -> this.vendors.updateAiProfile(id, 0, first));
		this.mvc.perform(profilePost(id).with(as(Role.SECURITY_OFFICER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Someone else saved this record")));
		assertThat(this.vendors.getAiProfile(id).details()).isEqualTo(first);
	}

}
