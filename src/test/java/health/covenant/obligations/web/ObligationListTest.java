package health.covenant.obligations.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationPage;
import health.covenant.shared.SystemActor;
import health.covenant.shared.web.PageLinks;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

import static health.covenant.WebTestSupport.as;
import static health.covenant.WebTestSupport.htmx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The obligations list pages 25 at a time in due-date order and stops counting at the cap; the
 * calendar shows a few obligations a day and links to the rest; the vendor filter is a typeahead
 * that works as a plain text field too.
 */
@IntegrationTest
class ObligationListTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserService users;

	@Autowired
	VendorService vendors;

	@Autowired
	TestClock clock;

	private String tag;

	private UserSummary owner;

	private long vendorId;

	private String vendorName;

	@BeforeEach
	void setUp() {
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		this.vendorName = "Listed " + this.tag + " Health";
		SystemActor.runAs(() -> {
			this.owner = this.users.createUser("list-" + this.tag + "@covenant.test", "List " + this.tag,
					"not-used-password-1", Set.of(Role.LEGAL), TestClock.ZONE);
			this.vendorId = this.vendors.register(VendorDetails.named(this.vendorName, PhiAccess.NONE));
		});
	}

	/**
	 * {@code count} done obligations of the test owner and vendor (done: the reminder engine never
	 * looks at them), due on {@code days} days from {@code first} in turn.
	 */
	private void obligations(int count, LocalDate first, int days) {
		this.jdbc.sql("""
				INSERT INTO obligation (obligation_key, kind, due_date, vendor_id, subject_type, subject_id, title, link,
				    owner_user_id, done, created_at, created_by, updated_at, updated_by)
				SELECT 'list-test:' || :tag || ':' || g, 'AGREEMENT_TERM_END', CAST(:first AS date) + (g % :days), :vendor,
				    'ListTest', g, 'Listed ' || :tag || ' #' || g, '/agreements/' || g, :owner, TRUE, now(), 'test', now(), 'test'
				FROM generate_series(1, :count) AS g
				""")
			.param("tag", this.tag)
			.param("first", first)
			.param("days", days)
			.param("vendor", this.vendorId)
			.param("owner", this.owner.id())
			.param("count", count)
			.update();
	}

	/** The list as a browser asks for it (the query string, which the page links are built from). */
	private MvcResult list(String... params) throws Exception {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/obligations")
			.queryParam("owner", this.owner.id())
			.queryParam("window", "all");
		for (int i = 0; i < params.length; i += 2) {
			url.queryParam(params[i], params[i + 1]);
		}
		return this.mvc.perform(get(url.build().encode().toUri()).with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andReturn();
	}

	@SuppressWarnings("unchecked")
	private static List<Obligation> rows(MvcResult result) {
		return (List<Obligation>) result.getModelAndView().getModel().get("rows");
	}

	private static PageLinks pageLinks(MvcResult result) {
		return (PageLinks) result.getModelAndView().getModel().get("pageLinks");
	}

	@Test
	void theListPages25AtATimeByDueDateAndAPagePastTheEndIsTheLastPage() throws Exception {
		obligations(30, this.clock.today().plusDays(1), 30);

		MvcResult first = list();
		assertThat(rows(first)).hasSize(25);
		assertThat(rows(first)).extracting(Obligation::dueDate).isSorted();
		assertThat(pageLinks(first).totalPages()).isEqualTo(2);
		assertThat(pageLinks(first).next()).contains("page=2").contains("owner=" + this.owner.id());
		assertThat(first.getResponse().getContentAsString()).contains("1\u201325 of 30");

		MvcResult last = list("page", "2");
		assertThat(rows(last)).hasSize(5);
		assertThat(rows(last).get(0).dueDate()).isAfterOrEqualTo(rows(first).get(24).dueDate());
		assertThat(rows(last)).extracting(Obligation::id).doesNotContainAnyElementsOf(rows(first).stream().map(Obligation::id).toList());
		assertThat(pageLinks(last).next()).isNull();

		assertThat(rows(list("page", "99"))).extracting(Obligation::id)
			.containsExactlyElementsOf(rows(last).stream().map(Obligation::id).toList());
	}

	@Test
	void theCountStopsAtTheCapAndNoPageStartsPastIt() throws Exception {
		obligations(ObligationPage.COUNT_CAP + 5, this.clock.today().minusDays(400), 300);

		MvcResult deep = list("page", "1000");
		PageLinks links = pageLinks(deep);
		assertThat(links.totalPages()).isEqualTo(ObligationPage.COUNT_CAP / 25);
		assertThat(links.current()).isEqualTo(links.totalPages());
		assertThat(rows(deep)).hasSize(25);
		assertThat(deep.getResponse().getContentAsString()).contains("More than 1,000 match");
	}

	@Test
	void aFilterWithNoRowsShowsTheEmptyStateAndNoPager() throws Exception {
		obligations(3, this.clock.today().plusDays(1), 3);

		MvcResult result = list("kind", "AGREEMENT_NOTICE_DEADLINE");
		assertThat(rows(result)).isEmpty();
		assertThat(result.getResponse().getContentAsString()).contains("Nothing comes due with these filters.")
			.doesNotContain("class=\"pager\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "window=weekly", "owner=somebody", "kind=NOPE", "page=x", "day=2026-13-01" })
	void aBadFilterValueIsABadRequest(String param) throws Exception {
		String[] pair = param.split("=");
		this.mvc.perform(get("/obligations").param(pair[0], pair[1]).with(as(Role.ADMIN)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theCalendarShowsAFewADayAndLinksToTheRestOfThatDay() throws Exception {
		LocalDate day = this.clock.today().plusDays(3);
		obligations(ObligationController.PER_DAY + 2, day, 1);

		this.mvc
			.perform(get("/obligations/calendar").param("owner", String.valueOf(this.owner.id()))
				.param("month", day.toString().substring(0, 7))
				.with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("+2 more")))
			.andExpect(content().string(containsString("day=" + day)));

		MvcResult thatDay = list("day", day.toString());
		assertThat(rows(thatDay)).hasSize(ObligationController.PER_DAY + 2).allMatch((o) -> o.dueDate().equals(day));
	}

	@Test
	void theVendorFilterTakesThePickedIdOrTheExactNameTyped() throws Exception {
		obligations(2, this.clock.today().plusDays(1), 2);

		assertThat(rows(list("vendor", String.valueOf(this.vendorId)))).hasSize(2);
		// a browser without scripts sends the name as typed, whatever its case
		assertThat(rows(list("vendorName", this.vendorName.toUpperCase())))
			.hasSize(2)
			.allMatch((o) -> o.vendorId() == this.vendorId);
		// the name was changed after a vendor was picked: the name wins
		MvcResult unknown = list("vendor", String.valueOf(this.vendorId), "vendorName", "Listed " + this.tag);
		assertThat(rows(unknown)).isEmpty();
		assertThat(unknown.getResponse().getContentAsString()).contains("No vendor is called")
			.contains(this.vendorName)
			.contains("vendor=" + this.vendorId);
	}

	@Test
	void theTypeaheadOffersAtMostTenVendorsNamesStartingWithTheTextFirst() throws Exception {
		SystemActor.runAs(() -> {
			for (int i = 0; i < 12; i++) {
				this.vendors.register(VendorDetails.named("Typeahead " + this.tag + " " + (char) ('a' + i), PhiAccess.NONE));
			}
		});

		String html = this.mvc
			.perform(get("/obligations/vendor-suggestions").param("vendorName", "typeahead " + this.tag)
				.with(as(Role.AUDITOR))
				.with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.split("role=\"option\"", -1)).hasSize(ObligationController.SUGGESTIONS + 1);
		assertThat(html).contains("Typeahead " + this.tag + " a").doesNotContain("Typeahead " + this.tag + " k");

		String containing = this.mvc
			.perform(get("/obligations/vendor-suggestions").param("vendorName", this.tag + " hea").with(as(Role.LEGAL)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(containing).contains(this.vendorName).contains("data-value=\"" + this.vendorId + "\"");
	}

	@Test
	void theTypeaheadOffersNothingForBlankText() throws Exception {
		this.mvc.perform(get("/obligations/vendor-suggestions").param("vendorName", "  ").with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("role=\"option\""))));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleMayUseTheTypeahead(Role role) throws Exception {
		this.mvc
			.perform(get("/obligations/vendor-suggestions").param("vendorName", this.vendorName)
				.with(user("typeahead-" + role.name().toLowerCase() + "@covenant.test").roles(role.name())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.vendorName)));
	}

	@Test
	void anonymousIsSentToSignInFromTheTypeahead() throws Exception {
		this.mvc.perform(get("/obligations/vendor-suggestions").param("vendorName", "a"))
			.andExpect(status().is3xxRedirection());
	}

}
