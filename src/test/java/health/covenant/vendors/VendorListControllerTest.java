package health.covenant.vendors;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import health.covenant.IntegrationTest;
import health.covenant.identity.Role;
import health.covenant.shared.SystemActor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static health.covenant.WebTestSupport.as;
import static health.covenant.WebTestSupport.htmx;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class VendorListControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	VendorService vendors;

	@Autowired
	VendorRiskRecords risks;

	@Autowired
	JdbcClient jdbc;

	long register(String name) {
		AtomicLong id = new AtomicLong();
		SystemActor.runAs(() -> id.set(this.vendors.register(VendorDetails.named(name, PhiAccess.PHI))));
		return id.get();
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyoneSignedInSeesTheList(Role role) throws Exception {
		String name = "Listed " + UUID.randomUUID();
		register(name);
		this.mvc.perform(get("/vendors").param("q", name).with(as(role)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("id=\"q\"")))
			.andExpect(content().string(containsString(name)));
	}

	@Test
	void theTierFilterAndTheRiskColumnShowTheTierInWordsAndTheScore() throws Exception {
		String token = "Tiered " + UUID.randomUUID();
		long high = register(token + " A");
		long low = register(token + " B");
		VendorScores.forget(this.jdbc, register(token + " C"));
		SystemActor.runAs(() -> {
			this.risks.record(high, RiskTier.HIGH, 71, true);
			this.risks.record(low, RiskTier.LOW, 9, false);
		});
		this.mvc.perform(get("/vendors").param("q", token).param("tier", "HIGH").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"tier\">Risk tier</label>")))
			.andExpect(content().string(containsString("<option value=\"HIGH\" selected=\"selected\">High</option>")))
			.andExpect(content().string(containsString("<option value=\"UNSCORED\">Not scored yet</option>")))
			.andExpect(content().string(containsString("id=\"vendor-row-" + high + "\"")))
			.andExpect(content().string(not(containsString("id=\"vendor-row-" + low + "\""))))
			.andExpect(content().string(containsString("data-tier=\"HIGH\">High risk \u00b7 71</span>")))
			.andExpect(content().string(containsString(">overridden</span>")));
		this.mvc.perform(get("/vendors").param("q", token).param("tier", "UNSCORED").with(as(Role.AUDITOR)).with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(token + " C")))
			.andExpect(content().string(not(containsString(token + " A"))))
			.andExpect(content().string(containsString("not scored yet")));
		this.mvc.perform(get("/vendors").param("q", token).param("sort", "-risk").with(as(Role.AUDITOR)).with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-sort=\"descending\"")))
			.andExpect(content().string(containsString("href=\"/vendors?q=" + token.replace(" ", "%20") + "&amp;sort=risk\"")))
			.andExpect(content().string(containsString("data-tier=\"LOW\">Low risk \u00b7 9</span>")));
	}

	@Test
	void anUnknownTierIsABadRequest() throws Exception {
		this.mvc.perform(get("/vendors").param("tier", "EXTREME").with(as(Role.AUDITOR)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anonymousIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/vendors")).andExpect(status().is3xxRedirection());
	}

	@Test
	void htmxSearchGetsOnlyTheRows() throws Exception {
		String name = "Fragmentary " + UUID.randomUUID();
		register(name);
		this.mvc.perform(get("/vendors").param("q", name.substring(0, 14)).with(as(Role.AUDITOR)).with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"vendor-table\"")))
			.andExpect(content().string(not(containsString("id=\"vendor-results\""))))
			.andExpect(content().string(containsString("<div id=\"vendor-live\" class=\"visually-hidden\" role=\"status\" aria-live=\"polite\" hx-swap-oob=\"true\">1 vendor</div>")))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("id=\"q\""))));
	}

	@Test
	void sortLinksKeepTheQueryAndToggleTheDirection() throws Exception {
		String name = "Sortable " + UUID.randomUUID();
		register(name);
		this.mvc.perform(get("/vendors").param("q", name).param("sort", "status").with(as(Role.LEGAL)).with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/vendors?q=" + name.replace(" ", "%20") + "&amp;sort=-status\"")))
			.andExpect(content().string(containsString("aria-sort=\"ascending\"")))
			.andExpect(content().string(containsString("id=\"sort\" name=\"sort\" value=\"status\" hx-swap-oob=\"true\"")));
	}

	@Test
	void anUnknownFilterValueIsAClearBadRequestAndAnEmptyOneMeansAny() throws Exception {
		String name = "Strict " + UUID.randomUUID();
		register(name);
		this.mvc.perform(get("/vendors").param("q", name).param("status", "NOPE").with(as(Role.LEGAL)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString(name))));
		this.mvc.perform(get("/vendors").param("q", name).param("status", "").with(as(Role.LEGAL)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
	}

	@Test
	void anEmptyResultHelpsAndOffersRegistrationToEditorsOnly() throws Exception {
		String q = "nothing-" + UUID.randomUUID();
		this.mvc.perform(get("/vendors").param("q", q).with(as(Role.PROCUREMENT)).with(htmx()))
			.andExpect(content().string(containsString("No vendors match")))
			.andExpect(content().string(containsString("/vendors/new?name=" + q)));
		this.mvc.perform(get("/vendors").param("q", q).with(as(Role.AUDITOR)).with(htmx()))
			.andExpect(content().string(containsString("No vendors match")))
			.andExpect(content().string(not(containsString("/vendors/new"))));
	}

	@Test
	void theDashboardPanelCountsByStatusAndNamesSubprocessorBaaGaps() throws Exception {
		String name = "Gap " + UUID.randomUUID();
		long id = register(name);
		SystemActor.runAs(() -> {
			this.vendors.changeStatus(id, 0, LifecycleStatus.ONBOARDING);
			this.vendors.addSubprocessor(id, new SubprocessorDetails("Unbound Model API", null, null, false, false));
		});
		this.mvc.perform(get("/").with(as(Role.LEGAL)))
			.andExpect(content().string(containsString("hx-get=\"/vendors/panel\"")));
		this.mvc.perform(get("/vendors/panel").with(as(Role.LEGAL)).with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/vendors?status=ONBOARDING\"")))
			.andExpect(content().string(containsString("without a downstream BAA")))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void vendorPageShowsTheVendorAndUnknownIdsAre404() throws Exception {
		String name = "Detailed " + UUID.randomUUID();
		long id = register(name);
		this.mvc.perform(get("/vendors/{id}", id).with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		this.mvc.perform(get("/vendors/{id}", 987654321L).with(as(Role.AUDITOR))).andExpect(status().isNotFound());
	}

}
