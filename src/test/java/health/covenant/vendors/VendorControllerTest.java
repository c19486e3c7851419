package health.covenant.vendors;

import health.covenant.IntegrationTest;
import health.covenant.identity.Role;
import health.covenant.shared.SystemActor;
import health.covenant.shared.web.Flash;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static health.covenant.vendors.web.VendorFormRequests.vendorPost;
import static health.covenant.WebTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class VendorControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	VendorService vendors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VendorRiskRecords risks;

	static String flashKey(MvcResult result) {
		return ((Flash) result.getFlashMap().get("flash")).key();
	}

	long countNamed(String name) {
		return this.jdbc.sql("SELECT count(*) FROM vendor WHERE lower(name) = lower(?)")
			.param(name)
			.query(Long.class)
			.single();
	}

	@Test
	void registeringRedirectsToTheNewVendorAndAuditsIt() throws Exception {
		String name = Vendors.unique("Ambient Notes");
		MvcResult result = this.mvc.perform(vendorPost("/vendors", name).with(as(Role.PROCUREMENT)))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attributeExists("flash"))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/vendors/\\d+");
		long id = Long.parseLong(location.substring("/vendors/".length()));
		VendorView view = this.vendors.getView(id);
		assertThat(view.name()).isEqualTo(name);
		assertThat(view.status()).isEqualTo(LifecycleStatus.PROSPECT);
		assertThat(view.details().securityContact().email()).isEqualTo("security@example.org");
		assertThat(this.jdbc.sql("SELECT changes->'name'->>'after' FROM audit_event WHERE entity_type = 'Vendor' "
				+ "AND entity_id = ? AND action = 'VENDOR_CREATED'").param(Long.toString(id)).query(String.class).single())
			.isEqualTo(name);
	}

	@Test
	void namesAreUniqueIgnoringCase() throws Exception {
		String name = Vendors.unique("Duplicate Diagnostics");
		Vendors.register(this.vendors, name);
		this.mvc.perform(vendorPost("/vendors", name.toUpperCase()).with(as(Role.ADMIN)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Another vendor already has this name")));
		assertThat(countNamed(name)).isEqualTo(1);
	}

	@Test
	void editingSavesTheChangesAndAuditsFieldByField() throws Exception {
		String name = Vendors.unique("Editable Health");
		long id = Vendors.register(this.vendors, name);
		this.mvc.perform(get("/vendors/{id}/edit", id).with(as(Role.PROCUREMENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + name + "\"")));
		this.mvc.perform(vendorPost("/vendors/" + id, name + " Renamed").with(as(Role.PROCUREMENT)))
			.andExpect(status().isSeeOther());
		assertThat(this.vendors.getSummary(id).name()).isEqualTo(name + " Renamed");
		assertThat(this.jdbc.sql("SELECT changes->'name'->>'before' FROM audit_event WHERE entity_type = 'Vendor' "
				+ "AND entity_id = ? AND action = 'VENDOR_UPDATED'").param(Long.toString(id)).query(String.class).single())
			.isEqualTo(name);
	}

	@Test
	void aStaleSaveShowsTheConflictAndOverwritesNothing() throws Exception {
		String name = Vendors.unique("Contested Care");
		long id = Vendors.register(this.vendors, name);
		SystemActor.runAs(() -> this.vendors.update(id, 0, VendorDetails.named(name + " First", PhiAccess.NONE)));
		this.mvc.perform(vendorPost("/vendors/" + id, name + " Second").with(as(Role.PROCUREMENT)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Someone else saved this record")))
			.andExpect(content().string(containsString("value=\"" + name + " Second\"")));
		assertThat(this.vendors.getSummary(id).name()).isEqualTo(name + " First");
	}

	@Test
	void statusChangesOnlyAlongAllowedTransitions() throws Exception {
		long id = Vendors.register(this.vendors, Vendors.unique("Stepwise"));
		this.mvc.perform(get("/vendors/{id}", id).with(as(Role.PROCUREMENT)))
			.andExpect(content().string(allOf(containsString("id=\"status-ONBOARDING\""),
					containsString("id=\"status-TERMINATED\""), not(containsString("id=\"status-ACTIVE\"")))));
		this.mvc.perform(post("/vendors/{id}/status", id).with(csrf())
			.with(as(Role.PROCUREMENT))
			.param("status", "ACTIVE")
			.param("version", "0"))
			.andExpect(status().isSeeOther())
			.andExpect((result) -> assertThat(flashKey(result)).isEqualTo("vendor.status.notAllowed"));
		assertThat(this.vendors.getSummary(id).status()).isEqualTo(LifecycleStatus.PROSPECT);
		this.mvc.perform(post("/vendors/{id}/status", id).with(csrf())
			.with(as(Role.PROCUREMENT))
			.param("status", "ONBOARDING")
			.param("version", "0")).andExpect(status().isSeeOther());
		assertThat(this.vendors.getSummary(id).status()).isEqualTo(LifecycleStatus.ONBOARDING);
		this.mvc.perform(post("/vendors/{id}/status", id).with(csrf())
			.with(as(Role.PROCUREMENT))
			.param("status", "ACTIVE")
			.param("version", "0"))
			.andExpect((result) -> assertThat(flashKey(result)).isEqualTo("form.conflict"));
		assertThat(this.vendors.getSummary(id).status()).isEqualTo(LifecycleStatus.ONBOARDING);
	}

	@Test
	void unknownVendorsAreNotFound() throws Exception {
		long unknown = 987_654_321L;
		this.mvc.perform(get("/vendors/{id}", unknown).with(as(Role.AUDITOR))).andExpect(status().isNotFound());
		this.mvc.perform(get("/vendors/{id}/edit", unknown).with(as(Role.ADMIN))).andExpect(status().isNotFound());
		this.mvc.perform(get("/vendors/{id}/ai-profile", unknown).with(as(Role.ADMIN)))
			.andExpect(status().isNotFound());
		this.mvc.perform(vendorPost("/vendors/" + unknown, "Nobody").with(as(Role.ADMIN)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/vendors/{id}/status", unknown).with(csrf())
			.with(as(Role.ADMIN))
			.param("status", "ONBOARDING")
			.param("version", "0")).andExpect(status().isNotFound());
	}

	@Test
	void theHeaderShowsTheTierInWordsWithTheScoreAndAnOverrideOrNotScoredYet() throws Exception {
		long id = Vendors.register(this.vendors, Vendors.unique("Tiered Triage"));
		VendorScores.forget(this.jdbc, id);
		this.mvc.perform(get("/vendors/{id}", id).with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">not scored yet</span>")));
		SystemActor.runAs(() -> this.risks.record(id, RiskTier.CRITICAL, 88, true));
		this.mvc.perform(get("/vendors/{id}", id).with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("data-tier=\"CRITICAL\">Critical risk \u00b7 88</span>"),
					containsString("title=\"A security officer overrode the computed tier\">overridden</span>"),
					not(containsString(">not scored yet</span>")))));
	}

	@Test
	void anAuditorSeesEverythingButNoEditControls() throws Exception {
		String name = Vendors.unique("Read Only Radiology");
		long id = Vendors.register(this.vendors, name);
		this.mvc.perform(get("/vendors/{id}", id).with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(name), containsString("id=\"section-ai\""),
					containsString("id=\"section-subprocessors\""), not(containsString("id=\"edit-vendor\"")),
					not(containsString("id=\"edit-ai-profile\"")), not(containsString("id=\"status-ONBOARDING\"")),
					not(containsString("id=\"subprocessor-form\"")))));
		this.mvc.perform(get("/vendors").param("q", name).with(as(Role.AUDITOR)))
			.andExpect(content().string(not(containsString("id=\"register-vendor\""))));
	}

	@Test
	void aSecurityOfficerMayEditOnlyTheAiProfileAndSubprocessors() throws Exception {
		long id = Vendors.register(this.vendors, Vendors.unique("Secured Scribe"));
		this.mvc.perform(get("/vendors/{id}", id).with(as(Role.SECURITY_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"edit-ai-profile\""),
					containsString("id=\"subprocessor-form\""), not(containsString("id=\"edit-vendor\"")),
					not(containsString("id=\"status-ONBOARDING\"")))));
	}

	@Autowired
	java.util.List<VendorSection> sections;

	@Test
	void everyContributedSectionIsLoadedLazilyInOrder() throws Exception {
		assertThat(this.sections).as("other modules contribute vendor sections").isNotEmpty();
		long id = Vendors.register(this.vendors, Vendors.unique("Sectioned"));
		String page = this.mvc.perform(get("/vendors/{id}", id).with(as(Role.LEGAL)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int previous = -1;
		for (VendorSection section : this.sections.stream()
			.sorted(java.util.Comparator.comparingInt(VendorSection::order))
			.toList()) {
			int at = page.indexOf("<section class=\"card\" id=\"section-" + section.key() + "\"");
			assertThat(at).as("section %s", section.key()).isGreaterThan(previous);
			String rest = page.substring(at);
			int get = rest.indexOf("hx-get=\"" + section.pathFor(id) + "\"");
			assertThat(get).as("section %s loads %s", section.key(), section.pathFor(id)).isPositive();
			String tag = rest.substring(rest.lastIndexOf('<', get), rest.indexOf('>', get));
			assertThat(tag).contains("hx-trigger=\"load\"");
			previous = at;
		}
	}

	@Test
	void editorsSeeTheEditControls() throws Exception {
		long id = Vendors.register(this.vendors, Vendors.unique("Controlled"));
		this.mvc.perform(get("/vendors/{id}", id).with(as(Role.PROCUREMENT)))
			.andExpect(content().string(allOf(containsString("id=\"edit-vendor\""),
					containsString("id=\"edit-ai-profile\""), containsString("id=\"subprocessor-form\""))));
	}

}
