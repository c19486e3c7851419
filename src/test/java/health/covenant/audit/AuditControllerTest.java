package health.covenant.audit;

import health.covenant.IntegrationTest;
import health.covenant.identity.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static health.covenant.WebTestSupport.as;
import static health.covenant.WebTestSupport.htmx;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditControllerTest {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "AUDITOR", "SECURITY_OFFICER" })
	void readersSeeTheLog(Role role) throws Exception {
		this.mvc.perform(get("/audit").with(as(role)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Verify chain")));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "PROCUREMENT", "LEGAL" })
	void othersAreForbidden(Role role) throws Exception {
		this.mvc.perform(get("/audit").with(as(role)))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "AUDITOR" })
	void htmxRequestGetsOnlyTheResults(Role role) throws Exception {
		this.mvc.perform(get("/audit").param("action", "NOPE").with(as(role)).with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"audit-results\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "AUDITOR" })
	void verifyReportsAnIntactChain(Role role) throws Exception {
		this.mvc.perform(post("/audit/verify").with(as(role)).with(csrf()).with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chain intact")));
	}

}
