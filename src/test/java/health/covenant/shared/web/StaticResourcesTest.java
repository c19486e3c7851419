package health.covenant.shared.web;

import health.covenant.IntegrationTest;
import health.covenant.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static health.covenant.WebTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class StaticResourcesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Test
	void servesTheVersionlessHtmxScript() throws Exception {
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("htmx")));
	}

	@Test
	void servesTheStylesheetScriptAndIcon() throws Exception {
		this.mvc.perform(get("/css/covenant.css")).andExpect(status().isOk());
		this.mvc.perform(get("/js/covenant.js")).andExpect(status().isOk());
		this.mvc.perform(get("/images/favicon.svg")).andExpect(status().isOk());
	}

	@Test
	void vendorListLinksItsStylesheetAndScripts() throws Exception {
		this.mvc.perform(get("/vendors").with(as(Role.PROCUREMENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/css/covenant.css")))
			.andExpect(content().string(containsString("/webjars/htmx.org/")))
			.andExpect(content().string(containsString("/js/covenant.js")));
	}

	@Test
	void pageLinksAreNotLookedUpAsResources() {
		// Only the static prefixes are resource patterns: a link such as /vendors/42 matches none, so
		// rendering it never searches the classpath.
		assertThat(this.resourceUrls.getHandlerMap()).containsOnlyKeys("/css/**", "/js/**", "/images/**",
				"/favicon.ico", "/webjars/**");
	}

	@Test
	void theStaticFolderIsNotServedAtTheRoot() throws Exception {
		this.mvc.perform(get("/css/../images/favicon.svg")).andExpect(status().is4xxClientError());
		this.mvc.perform(get("/static/css/covenant.css").with(as(Role.PROCUREMENT)))
			.andExpect(status().isNotFound());
	}

}
