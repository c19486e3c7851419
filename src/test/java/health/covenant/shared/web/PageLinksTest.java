package health.covenant.shared.web;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import health.covenant.shared.Paging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class PageLinksTest {

	private static final UriComponentsBuilder BASE = UriComponentsBuilder.fromPath("/vendors").queryParam("q", "ai");

	static Stream<Arguments> pagers() {
		return Stream.of(arguments(1, 1, "[1*]"), arguments(1, 2, "[1*, 2]"), arguments(2, 2, "[1, 2*]"),
				arguments(1, 10, "[1*, 2, 3, …, 10]"), arguments(5, 10, "[1, …, 3, 4, 5*, 6, 7, …, 10]"),
				arguments(4, 10, "[1, 2, 3, 4*, 5, 6, …, 10]"), arguments(10, 10, "[1, …, 8, 9, 10*]"),
				arguments(3, 5, "[1, 2, 3*, 4, 5]"));
	}

	@ParameterizedTest(name = "page {0} of {1}: {2}")
	@MethodSource("pagers")
	void showsTheFirstTheLastAndAWindowAroundTheCurrentPage(int current, int total, String expected) {
		PageLinks links = PageLinks.of(page(current, total * 10L), BASE);

		assertThat(describe(links.pages())).isEqualTo(expected);
	}

	@Test
	void aHugeListAtAHugePageGetsAFewLinksOnly() {
		long rows = (long) Integer.MAX_VALUE * 10;
		PageLinks links = PageLinks.of(page(Integer.MAX_VALUE - 5, rows), BASE);

		assertThat(links.pages()).hasSizeLessThanOrEqualTo(9);
		assertThat(describe(links.pages())).isEqualTo("[1, …, 2147483640, 2147483641, 2147483642*, 2147483643, "
				+ "2147483644, …, 2147483647]");
		assertThat(links.pages().get(0).url()).isEqualTo("/vendors?q=ai");
		assertThat(links.next()).isEqualTo("/vendors?q=ai&page=2147483643");
	}

	@Test
	void pageNumbersFromAUrlAreBounded() {
		assertThat(Paging.request(Integer.MAX_VALUE, 25).getPageNumber()).isEqualTo(Paging.MAX_PAGE - 1);
		assertThat(Paging.request(-3, 25).getPageNumber()).isZero();
		assertThat(Paging.request(0, 25).getPageNumber()).isZero();
		assertThat(Paging.request(2, 1_000_000).getPageSize()).isEqualTo(Paging.MAX_SIZE);
	}

	@Test
	void theBaseIsTheCurrentPathAndQueryWithEachValueEncodedOnce() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/audit");
		request.setQueryString("actor=jane+doe%40example.org&action=UPDATED&page=3");
		request.addParameter("actor", "jane doe@example.org");
		request.addParameter("action", "UPDATED");
		request.addParameter("page", "3");
		PageLinks links = withRequest(request, () -> PageLinks.of(page(3, 100), PageLinks.currentQuery()));

		assertThat(links.previous()).isEqualTo("/audit?actor=jane%20doe@example.org&action=UPDATED&page=2");
		assertThat(links.pages().get(0).url()).isEqualTo("/audit?actor=jane%20doe@example.org&action=UPDATED");
	}

	@Test
	void theFieldsOfAPostedFormAreNotCarriedIntoLinks() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/audit/verify");
		request.addParameter("_csrf", "secret-token");

		assertThat(withRequest(request, () -> PageLinks.currentQuery().build().toUriString()))
			.isEqualTo("/audit/verify");
	}

	@Test
	void aSortLinkSortsByItsColumnReversesTheCurrentOrderAndStartsAgainAtPageOne() {
		UriComponentsBuilder base = UriComponentsBuilder.fromPath("/vendors")
			.queryParam("q", "a b")
			.queryParam("sort", "name")
			.queryParam("page", 3);

		assertThat(PageLinks.sortLinks(base, "name", "name", "status")).containsExactly(
				entry("name", "/vendors?q=a%20b&sort=-name"), entry("status", "/vendors?q=a%20b&sort=status"));
		assertThat(PageLinks.sortLinks(base, "-name", "name")).containsExactly(entry("name", "/vendors?q=a%20b&sort=name"));
	}

	@Test
	void aPagePastTheEndIsReadAsTheLastPage() {
		assertThat(Paging.within(PageRequest.of(9_999, 25), 60)).isEqualTo(PageRequest.of(2, 25));
		assertThat(Paging.within(PageRequest.of(9_999, 25), 0)).isEqualTo(PageRequest.of(0, 25));
		assertThat(Paging.within(PageRequest.of(1, 25), 60)).isEqualTo(PageRequest.of(1, 25));
	}

	private static Page<String> page(int current, long rows) {
		Pageable pageable = PageRequest.of(current - 1, 10);
		return new PageImpl<>(List.of("row"), pageable, rows);
	}

	private static <T> T withRequest(MockHttpServletRequest request, Supplier<T> work) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			return work.get();
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	private static String describe(List<PageLinks.Link> links) {
		return links.stream()
			.map((link) -> link.gap() ? "…" : link.number() + (link.current() ? "*" : ""))
			.toList()
			.toString();
	}

}
