package health.covenant.incidents;

import health.covenant.agreements.BreachNoticeWindow;

/**
 * A state's deadline for notifying its residents of a breach when it is shorter than HIPAA's 60 days
 * (data seeded by migration, table {@code breach_state_rule}). Every row needs a lawyer's review before
 * anyone relies on it: state laws differ in whom they cover (many exempt HIPAA-covered entities) and
 * what starts their clock.
 *
 * @param stateCode two-letter USPS code
 * @param window the time from our discovery
 * @param minResidents the fewest affected residents of the state for the rule to apply
 * @param citation the statute
 * @param scope what the rule covers, in a few words
 * @param needsLegalReview shown next to every deadline the rule gives
 */
public record StateBreachRule(String stateCode, BreachNoticeWindow window, int minResidents, String citation,
		String scope, boolean needsLegalReview) {

}
