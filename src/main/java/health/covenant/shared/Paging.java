package health.covenant.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * Bounds for paged lists. The page number is read from the URL as an {@code int} request parameter
 * ({@code @RequestParam(defaultValue = "1") int page}; not a number: 400), then clamped to
 * {@link #MAX_PAGE} so that no request can make the database skip an unbounded number of rows, and a
 * page past the end is answered with the last page, found from the count rather than by walking the
 * rows.
 */
public final class Paging {

	/** The highest page number a list accepts (1-based); larger ones are read as this one. */
	public static final int MAX_PAGE = 10_000;

	/** The largest page size a list accepts. */
	public static final int MAX_SIZE = 100;

	private Paging() {
	}

	/** The page request for a 1-based page number from a URL, both bounded. */
	public static Pageable request(long page, int size) {
		int number = (int) Math.min(Math.max(page, 1), MAX_PAGE);
		return PageRequest.of(number - 1, Math.min(Math.max(size, 1), MAX_SIZE));
	}

	/** The requested page, or the last page when the request is past the end of {@code total} rows. */
	public static Pageable within(Pageable requested, long total) {
		if (requested.isUnpaged() || requested.getOffset() < total || requested.getPageNumber() == 0) {
			return requested;
		}
		int lastPage = total == 0 ? 0 : (int) ((total - 1) / requested.getPageSize());
		return PageRequest.of(lastPage, requested.getPageSize(), requested.getSort());
	}

}
