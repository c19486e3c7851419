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
import static health.covenant.WebTestSupport.htmx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SubprocessorControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	VendorService vendors;

	@Autowired
	JdbcClient jdbc;

	static MockHttpServletRequestBuilder addPost(long vendorId, String name) {
		return post("/vendors/{id}/subprocessors", vendorId).with(csrf())
			.param("subprocessorName", name)
			.param("subprocessorService", "Foundation model API")
			.param("subprocessorRegion", "US")
			.param("subprocessorZeroRetention", "true");
	}

	@Test
	void htmxAddReturnsTheSectionWithTheNewSubprocessor() throws Exception {
		long id = Vendors.register(this.vendors, Vendors.unique("Chatty Health"));
		this.mvc.perform(addPost(id, "Frontier Model Co").with(as(Role.SECURITY_OFFICER)).with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"section-subprocessors\""),
					containsString("Frontier Model Co"), containsString("No BAA"),
					containsString("Sub-processor Frontier Model Co added."), not(containsString("<html")),
					containsString("hx-swap-oob=\"true\""), containsString("1 sub-processor, 1 without a downstream BAA"),
					not(containsString("value=\"Frontier Model Co\"")))));
		assertThat(this.vendors.subprocessorsOf(id)).singleElement()
			.satisfies((s) -> assertThat(s).extracting(SubprocessorSummary::name, SubprocessorSummary::downstreamBaa,
					SubprocessorSummary::zeroRetention).containsExactly("Frontier Model Co", false, true));
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'Vendor' AND entity_id = ? "
				+ "AND action = 'SUBPROCESSOR_ADDED'").param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void withoutJavaScriptAddRedirectsToTheVendorPage() throws Exception {
		long id = Vendors.register(this.vendors, Vendors.unique("Plain Form"));
		this.mvc.perform(addPost(id, "Plain Cloud").with(as(Role.PROCUREMENT)))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/vendors/" + id + "#section-subprocessors"));
		assertThat(this.vendors.subprocessorsOf(id)).extracting(SubprocessorSummary::name).containsExactly("Plain Cloud");
	}

	@Test
	void invalidInputShowsTheMessageAndSavesNothing() throws Exception {
		long id = Vendors.register(this.vendors, Vendors.unique("Nameless Sub"));
		this.mvc.perform(addPost(id, " ").with(as(Role.PROCUREMENT)).with(htmx()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"subprocessorName-error\""),
					containsString("value=\"Foundation model API\""), not(containsString("<html")))));
		this.mvc.perform(addPost(id, " ").with(as(Role.PROCUREMENT)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("<html"), containsString("id=\"subprocessorName-error\""))));
		assertThat(this.vendors.subprocessorsOf(id)).isEmpty();
	}

	@Test
	void removeTakesItAwayAndIsAudited() throws Exception {
		long id = Vendors.register(this.vendors, Vendors.unique("Shrinking"));
		SubprocessorSummary[] added = new SubprocessorSummary[1];
		SystemActor.runAs(() -> added[0] = this.vendors.addSubprocessor(id,
				new SubprocessorDetails("Gone Soon", "Transcription", "EU", true, false)));
		this.mvc.perform(post("/vendors/{id}/subprocessors/{sid}/remove", id, added[0].id()).with(csrf())
			.with(as(Role.ADMIN))
			.with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sub-processor Gone Soon removed."),
					not(containsString("id=\"subprocessor-" + added[0].id() + "\"")))));
		assertThat(this.vendors.subprocessorsOf(id)).isEmpty();
		assertThat(this.jdbc.sql("SELECT changes->'subprocessor.name'->>'before' FROM audit_event "
				+ "WHERE entity_type = 'Vendor' AND entity_id = ? AND action = 'SUBPROCESSOR_REMOVED'")
			.param(Long.toString(id))
			.query(String.class)
			.single()).isEqualTo("Gone Soon");
	}

	@Test
	void aSubprocessorOfAnotherVendorIsNotFound() throws Exception {
		long owner = Vendors.register(this.vendors, Vendors.unique("Owner"));
		long other = Vendors.register(this.vendors, Vendors.unique("Other"));
		SubprocessorSummary[] added = new SubprocessorSummary[1];
		SystemActor.runAs(() -> added[0] = this.vendors.addSubprocessor(owner,
				new SubprocessorDetails("Mine", null, null, false, false)));
		this.mvc.perform(post("/vendors/{id}/subprocessors/{sid}/remove", other, added[0].id()).with(csrf())
			.with(as(Role.ADMIN))).andExpect(status().isNotFound());
		this.mvc.perform(addPost(987_654_321L, "Nobody's").with(as(Role.ADMIN))).andExpect(status().isNotFound());
		assertThat(this.vendors.subprocessorsOf(owner)).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "LEGAL", "AUDITOR" })
	void othersMayNotAddOrRemove(Role role) throws Exception {
		long id = Vendors.register(this.vendors, Vendors.unique("Locked Subs"));
		SubprocessorSummary[] added = new SubprocessorSummary[1];
		SystemActor.runAs(() -> added[0] = this.vendors.addSubprocessor(id,
				new SubprocessorDetails("Stays", null, null, false, false)));
		this.mvc.perform(addPost(id, "Forged").with(as(role)).with(htmx())).andExpect(status().isForbidden());
		this.mvc.perform(post("/vendors/{id}/subprocessors/{sid}/remove", id, added[0].id()).with(csrf())
			.with(as(role))).andExpect(status().isForbidden());
		assertThat(this.vendors.subprocessorsOf(id)).extracting(SubprocessorSummary::name).containsExactly("Stays");
	}

}
