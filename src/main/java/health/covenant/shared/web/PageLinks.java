package health.covenant.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Pagination for a list page: the links to show (first, a window around the current page, last)
 * built from the current query so that filters and sort survive paging. Page numbers in URLs are
 * 1-based.
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
