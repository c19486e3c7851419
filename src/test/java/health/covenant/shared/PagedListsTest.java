package health.covenant.shared;

import java.util.UUID;

import health.covenant.IntegrationTest;
import health.covenant.identity.Role;
import health.covenant.shared.web.PageLinks;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static health.covenant.WebTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page number far past the end (up to the largest int; beyond, 400) shows the list's last page with a handful of
 * page links, instead of an empty page numbered in the billions whose pager walked every page.
 */
@IntegrationTest
class PagedListsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	VendorService vendors;

	@ParameterizedTest
	@ValueSource(strings = { "/vendors", "/agreements", "/audit" })
	void aHugePageNumberShowsTheLastPage(String list) throws Exception {
		SystemActor.runAs(() -> this.vendors
			.register(VendorDetails.named("Paged " + UUID.randomUUID().toString().substring(0, 8), PhiAccess.NONE)));
		// a number beyond int is not a page number at all (400, see BadInputTest)
		this.mvc.perform(get(list).param("page", "99999999999999999999").with(as(Role.ADMIN)))
			.andExpect(status().isBadRequest());
		for (String page : new String[] { "2147483647", "10001" }) {
			PageLinks links = (PageLinks) this.mvc.perform(get(list).param("page", page).with(as(Role.ADMIN)))
				.andExpect(status().isOk())
				.andReturn()
				.getModelAndView()
				.getModel()
				.get("pageLinks");

			assertThat(links.pages()).hasSizeLessThanOrEqualTo(9);
			assertThat(links.current()).isEqualTo(links.totalPages());
			assertThat(links.totalPages()).isLessThan(Paging.MAX_PAGE);
		}
	}

}
