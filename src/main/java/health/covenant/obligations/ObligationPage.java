package health.covenant.obligations;

import org.springframework.data.domain.Page;

/**
 * A page of the obligations list. Counting stops at {@link #COUNT_CAP} + 1 matches: {@code countCapped}
 * means "more than the cap", and the pages end at the cap.
 */
public record ObligationPage(Page<Obligation> page, boolean countCapped) {

	public static final int COUNT_CAP = 1000;

}
