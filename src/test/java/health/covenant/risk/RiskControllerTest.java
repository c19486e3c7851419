package health.covenant.risk;

import java.util.UUID;

import health.covenant.IntegrationTest;
import health.covenant.identity.Role;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.RiskTier;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.test.context.support.WithMockUser;

import static health.covenant.WebTestSupport.as;
import static health.covenant.WebTestSupport.htmx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The risk pages and the review form: who may decide, and the 422s that keep the user's input. */
@IntegrationTest
@WithMockUser(username = "admin@covenant.test", roles = "ADMIN")
class RiskControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	VendorService vendors;

	@Autowired
	RiskService risks;

	long vendor(String name) {
		return this.vendors.register(VendorDetails.named(name + " " + UUID.randomUUID().toString().substring(0, 8),
				PhiAccess.PHI));
	}

	@Test
	void everyoneReadsTheRegisterTheQueueAndAVendorsScore() throws Exception {
		long id = vendor("Readable Scribe");
		String name = this.vendors.getSummary(id).name();
		this.mvc.perform(get("/risk").param("sort", "name").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"risk-table\"")));
		this.mvc.perform(get("/risk").param("tier", "CRITICAL").param("unreviewed", "true").with(as(Role.PROCUREMENT)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/risk").param("changedSince", "not-a-date").with(as(Role.LEGAL)))
			.andExpect(status().is4xxClientError());
		this.mvc.perform(get("/risk/queue").with(as(Role.AUDITOR))).andExpect(status().isOk());
		this.mvc.perform(get("/risk/vendors/{id}", id).with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(name), containsString("risk-inherent-table"),
					containsString("<svg"), containsString("risk-history-table"),
					not(containsString("id=\"risk-review-form\"")))));
		this.mvc.perform(get("/vendors/{id}/risk", id).with(as(Role.PROCUREMENT)).with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("vendor-risk-residual")));
	}

	@Test
	void onlySecurityOfficersAndAdministratorsDecide() throws Exception {
		long id = vendor("Guarded Scribe");
		this.mvc.perform(post("/risk/vendors/{id}/review", id).param("decision", "ACCEPT")
			.with(as(Role.PROCUREMENT))
			.with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get("/risk/vendors/{id}", id).with(as(Role.SECURITY_OFFICER)))
			.andExpect(content().string(containsString("id=\"risk-review-form\"")));
		this.mvc.perform(post("/risk/vendors/{id}/review", id).param("decision", "ACCEPT")
			.with(as(Role.SECURITY_OFFICER))
			.with(csrf())).andExpect(redirectedUrl("/risk/vendors/" + id));
		assertThat(this.risks.reviews(id)).extracting(RiskReview::decision).containsExactly(RiskDecision.ACCEPT);
	}

	@Test
	void anOverrideWithoutJustificationIsRefusedAndTheFormKeepsTheInput() throws Exception {
		long id = vendor("Unjustified Scribe");
		RiskTier computed = this.risks.forVendor(id).orElseThrow().computedTier();
		RiskTier other = computed == RiskTier.HIGH ? RiskTier.LOW : RiskTier.HIGH;
		this.mvc.perform(post("/risk/vendors/{id}/review", id).param("decision", "OVERRIDE")
			.param("tier", other.name())
			.param("justification", "   ")
			.with(as(Role.SECURITY_OFFICER))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"justification-error\""),
					containsString("value=\"" + other.name() + "\" selected"))));
		this.mvc.perform(post("/risk/vendors/{id}/review", id).param("decision", "OVERRIDE")
			.param("tier", computed.name())
			.param("justification", "Same tier")
			.with(as(Role.SECURITY_OFFICER))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"tier-error\""), containsString("Same tier"))));
		this.mvc.perform(post("/risk/vendors/{id}/review", id).param("decision", "OVERRIDE")
			.param("tier", "BOGUS")
			.param("justification", "Not a tier")
			.with(as(Role.SECURITY_OFFICER))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Choose a tier from the list.")));
		this.mvc.perform(post("/risk/vendors/{id}/review", id).with(as(Role.SECURITY_OFFICER)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"decision-error\"")));
		assertThat(this.risks.reviews(id)).isEmpty();

		this.mvc.perform(post("/risk/vendors/{id}/review", id).param("decision", "OVERRIDE")
			.param("tier", other.name())
			.param("justification", "Scheduling data only")
			.with(as(Role.SECURITY_OFFICER))
			.with(csrf())).andExpect(redirectedUrl("/risk/vendors/" + id));
		assertThat(this.risks.forVendor(id).orElseThrow().effectiveTier()).isEqualTo(other);
		this.mvc.perform(get("/risk").param("tier", other.name()).with(as(Role.AUDITOR)))
			.andExpect(content().string(containsString("data-override=\"true\"")));
	}

}
