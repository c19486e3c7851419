package health.covenant.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpMethod;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one way to build the links of a list page, so that filters, sort and page survive one another.
 * <ul>
 * <li>{@link #currentQuery()}: the base of every link, the current request's path and query parameters
 * (decoded, so a value is encoded exactly once), without scheme and host (links stay right behind a
 * proxy).</li>
 * <li>{@link #of(Page, UriComponentsBuilder)}: the pager (first, a window around the current page,
 * last); page numbers in URLs are 1-based, read as {@code @RequestParam(defaultValue = "1") int page}
 * (see {@link health.covenant.shared.Paging}).</li>
 * <li>{@link #sortLinks(UriComponentsBuilder, String, String...)}: for each sortable column, the link
 * that sorts by it.</li>
 * </ul>
 * A list controller does
 * <pre>{@code
 * UriComponentsBuilder base = PageLinks.currentQuery();
 * model.addAttribute("pageLinks", PageLinks.of(rows, base));
 * model.addAttribute("sortLinks", PageLinks.sortLinks(base, query.sort(), "name", "status"));
 * }</pre>
 * and its template renders {@code fragments/pagination :: pager(${pageLinks}, '#results')}. Never
 * concatenate query strings by hand.
 */
public record PageLinks(int current, int totalPages, long totalElements, int from, int to, String previous,
		String next, List<Link> pages) {

	private static final int WINDOW = 2;

	public record Link(int number, String url, boolean current, boolean gap) {
	}

	public boolean hasPages() {
		return this.totalPages > 1;
	}

	/**
	 * The links are computed from the window alone, never by walking every page, so their number is
	 * bounded (at most first, last, {@code 2 * WINDOW + 1} around the current page and two gaps)
	 * however large the page number or the list.
	 * @param page the page of results (0-based as Spring Data has it)
	 * @param base the list URL with every current query parameter but {@code page}
	 */
	public static PageLinks of(Page<?> page, UriComponentsBuilder base) {
		int current = page.getNumber() + 1;
		int total = Math.max(page.getTotalPages(), 1);
		List<Link> links = new ArrayList<>();
		links.add(new Link(1, url(base, 1), current == 1, false));
		int windowStart = Math.max(2, current - WINDOW);
		int windowEnd = Math.min(total - 1, current + WINDOW);
		if (windowStart > windowEnd) {
			if (total > 2) {
				links.add(new Link(0, null, false, true));
			}
		}
		else {
			if (windowStart > 2) {
				links.add(new Link(0, null, false, true));
			}
			for (int n = windowStart; n <= windowEnd; n++) {
				links.add(new Link(n, url(base, n), n == current, false));
			}
			if (windowEnd < total - 1) {
				links.add(new Link(0, null, false, true));
			}
		}
		if (total > 1) {
			links.add(new Link(total, url(base, total), current == total, false));
		}
		int from = page.getNumberOfElements() == 0 ? 0 : (int) page.getPageable().getOffset() + 1;
		int to = (int) page.getPageable().getOffset() + page.getNumberOfElements();
		String previous = current > 1 ? url(base, Math.min(current - 1, total)) : null;
		String next = current < total ? url(base, current + 1) : null;
		return new PageLinks(current, total, page.getTotalElements(), from, to, previous, next, links);
	}

	/**
	 * The current request's path and query parameters, decoded, without scheme and host. Only a GET's
	 * parameters are its query; the fields of a posted form are never carried into links.
	 */
	public static UriComponentsBuilder currentQuery() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		UriComponentsBuilder base = UriComponentsBuilder.fromPath(request.getRequestURI());
		if (HttpMethod.GET.matches(request.getMethod())) {
			request.getParameterMap().forEach((name, values) -> base.queryParam(name, (Object[]) values));
		}
		return base;
	}

	/**
	 * For each sortable column, the link that sorts by it: ascending, or descending ({@code -column}) when
	 * the list is already sorted ascending by it. A new order starts again at the first page.
	 * @param base the list URL with every current query parameter ({@link #currentQuery()})
	 * @param currentSort the current value of the {@code sort} parameter ({@code name}, {@code -name})
	 * @param columns the sortable columns, as the {@code sort} parameter names them
	 * @return the link of each column, by column, in the given order
	 */
	public static Map<String, String> sortLinks(UriComponentsBuilder base, String currentSort, String... columns) {
		Map<String, String> links = new LinkedHashMap<>();
		for (String column : columns) {
			String sort = column.equals(currentSort) ? "-" + column : column;
			links.put(column, base.cloneBuilder()
				.replaceQueryParam("sort", sort)
				.replaceQueryParam("page")
				.build()
				.encode()
				.toUriString());
		}
		return links;
	}

	private static String url(UriComponentsBuilder base, int number) {
		UriComponentsBuilder builder = base.cloneBuilder();
		if (number > 1) {
			builder.replaceQueryParam("page", number);
		}
		else {
			builder.replaceQueryParam("page");
		}
		return builder.build().encode().toUriString();
	}

}
