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
	 * @param page the page of results (0-based as Spring Data has it)
	 * @param base the list URL with every current query parameter but {@code page}
	 */
	public static PageLinks of(Page<?> page, UriComponentsBuilder base) {
		int current = page.getNumber() + 1;
		int total = Math.max(page.getTotalPages(), 1);
		List<Link> links = new ArrayList<>();
		int last = 0;
		for (int n = 1; n <= total; n++) {
			boolean edge = n == 1 || n == total;
			boolean near = Math.abs(n - current) <= WINDOW;
			if (edge || near) {
				if (last != 0 && n - last > 1) {
					links.add(new Link(0, null, false, true));
				}
				links.add(new Link(n, url(base, n), n == current, false));
				last = n;
			}
		}
		int from = page.getNumberOfElements() == 0 ? 0 : (int) page.getPageable().getOffset() + 1;
		int to = (int) page.getPageable().getOffset() + page.getNumberOfElements();
		String previous = current > 1 ? url(base, current - 1) : null;
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
