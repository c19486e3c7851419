package health.covenant.agreements;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules every save enforces, each reported at the field where it is fixed:
 * <ul>
 * <li>the status move is allowed ({@link AgreementStatus#canMoveTo});</li>
 * <li>EXECUTED (and any later status) requires a signed date and an effective date;</li>
 * <li>the expiration date is not before the effective date;</li>
 * <li>a breach-notice window may not exceed 60 calendar days after discovery (45 CFR 164.410), in
 * its worst-case calendar length ({@link BreachNoticeWindow#maxCalendarDays()});</li>
 * <li>auto-renewal needs an expiration date and a renewal term of at least one month;</li>
 * <li>numbers are not negative; the signed date is not in the future.</li>
 * </ul>
 */
public final class AgreementRules {

	private AgreementRules() {
	}

	/**
	 * @param previous the stored status (null for a new agreement)
	 * @param details what is about to be saved
	 * @param today today in the organisation's time zone
	 */
	public static List<RuleViolation> check(AgreementStatus previous, AgreementDetails details,
			java.time.LocalDate today) {
		List<RuleViolation> violations = new ArrayList<>();
		AgreementStatus status = details.status();
		if (details.kind() == null) {
			violations.add(violation("kind", "agreement.rule.kindRequired"));
		}
		if (status == null) {
			violations.add(violation("status", "agreement.rule.statusRequired"));
		}
		else if (previous == null && !AgreementStatus.initial().contains(status)) {
			violations.add(violation("status", "agreement.rule.initialStatus"));
		}
		else if (previous != null && !previous.canMoveTo(status)) {
			violations.add(violation("status", "agreement.rule.transition", previous, status));
		}
		if (status != null && status.wasExecuted()) {
			if (details.signedDate() == null) {
				violations.add(violation("signedDate", "agreement.rule.executedNeedsSignedDate"));
			}
			if (details.effectiveDate() == null) {
				violations.add(violation("effectiveDate", "agreement.rule.executedNeedsEffectiveDate"));
			}
		}
		if (details.signedDate() != null && details.signedDate().isAfter(today)) {
			violations.add(violation("signedDate", "agreement.rule.signedInFuture"));
		}
		if (details.effectiveDate() != null && details.expirationDate() != null
				&& details.expirationDate().isBefore(details.effectiveDate())) {
			violations.add(violation("expirationDate", "agreement.rule.expirationBeforeEffective"));
		}
		if (details.renewalTermMonths() != null && details.renewalTermMonths() < 0) {
			violations.add(violation("renewalTermMonths", "agreement.rule.notNegative"));
		}
		if (details.noticePeriodDays() != null && details.noticePeriodDays() < 0) {
			violations.add(violation("noticePeriodDays", "agreement.rule.notNegative"));
		}
		if (details.autoRenews()) {
			if (details.expirationDate() == null) {
				violations.add(violation("autoRenews", "agreement.rule.evergreenDoesNotRenew"));
			}
			if (details.renewalTermMonths() == null || details.renewalTermMonths() < 1) {
				violations.add(violation("renewalTermMonths", "agreement.rule.renewalTermRequired"));
			}
		}
		checkBreachNotice(details, violations);
		return violations;
	}

	private static void checkBreachNotice(AgreementDetails details, List<RuleViolation> violations) {
		Integer value = details.breachNoticeValue();
		if (value == null && details.breachNoticeUnit() == null) {
			return;
		}
		if (value == null) {
			violations.add(violation("breachNoticeValue", "agreement.rule.breachValueRequired"));
			return;
		}
		if (details.breachNoticeUnit() == null) {
			violations.add(violation("breachNoticeUnit", "agreement.rule.breachUnitRequired"));
			return;
		}
		if (value < 0) {
			violations.add(violation("breachNoticeValue", "agreement.rule.notNegative"));
			return;
		}
		BreachNoticeWindow window = details.breachNoticeWindow();
		if (window.exceedsHipaaLimit()) {
			violations.add(violation("breachNoticeValue", "agreement.rule.breachWindowTooLong",
					window.maxCalendarDays(), BreachNoticeWindow.HIPAA_MAX_CALENDAR_DAYS));
		}
	}

	private static RuleViolation violation(String field, String key, Object... args) {
		return new RuleViolation(field, key, List.of(args));
	}

}
