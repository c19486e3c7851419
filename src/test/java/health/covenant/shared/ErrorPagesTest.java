package health.covenant.shared;

import health.covenant.IntegrationTest;
import health.covenant.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static health.covenant.WebTestSupport.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ErrorPagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void dashboardRendersForASignedInUser() throws Exception {
		this.mvc.perform(get("/").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dashboard")))
			.andExpect(content().string(containsString("auditor@covenant.test")));
	}

}
