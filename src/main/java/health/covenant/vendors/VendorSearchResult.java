package health.covenant.vendors;

import org.springframework.data.domain.Page;

/**
 * A page of the vendor list. Counting stops at {@link #COUNT_CAP} + 1 matches, so
 * {@code countCapped} means "more than the cap" and the page shows e.g. "500+".
 */
public record VendorSearchResult(Page<VendorListRow> page, boolean countCapped) {

	public static final int COUNT_CAP = 500;

}
