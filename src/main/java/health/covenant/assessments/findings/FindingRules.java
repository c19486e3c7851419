package health.covenant.assessments.findings;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of findings, in one place and without a database or a clock: the default due date by
 * severity, what may be done in which status, the bounds of an acceptance, and when a finding is
 * overdue. An accepted risk holds until the day before its expiry date; on that date the finding is
 * open again (and overdue if its due date has passed).
 */
public final class FindingRules {

	/** What a person may do to a finding. */
	public enum Action {

		/** Change severity, title, description, owners, due date. */
		EDIT,
		/** Record the remediation (date, evidence). */
		REMEDIATE,
		/** Accept the risk until a date, with a justification. */
		ACCEPT_RISK,
		/** Open it again (a remediation that did not hold, an acceptance withdrawn). */
		REOPEN

	}

	private FindingRules() {
	}

	/** The default due date: the severity's days after the finding was opened. */
	public static LocalDate defaultDue(FindingSeverity severity, LocalDate openedOn, FindingPolicy policy) {
		return openedOn.plusDays(policy.daysFor(severity));
	}

	/** Whether an acceptance has run out on {@code today} (its expiry day included). */
	public static boolean acceptanceExpired(FindingStatus status, LocalDate acceptanceExpiresOn, LocalDate today) {
		return status == FindingStatus.RISK_ACCEPTED && acceptanceExpiresOn != null
				&& !acceptanceExpiresOn.isAfter(today);
	}

	/** The status as it holds today: an expired acceptance is OPEN again. */
	public static FindingStatus effectiveStatus(FindingStatus status, LocalDate acceptanceExpiresOn, LocalDate today) {
		return acceptanceExpired(status, acceptanceExpiresOn, today) ? FindingStatus.OPEN : status;
	}

	/** OPEN (an expired acceptance included) and due before today. */
	public static boolean overdue(FindingStatus status, LocalDate dueOn, LocalDate acceptanceExpiresOn,
			LocalDate today) {
		return effectiveStatus(status, acceptanceExpiresOn, today) == FindingStatus.OPEN && dueOn.isBefore(today);
	}

	/** Whether the action is allowed in the finding's status today. */
	public static boolean may(Action action, FindingStatus status, LocalDate acceptanceExpiresOn, LocalDate today) {
		FindingStatus now = effectiveStatus(status, acceptanceExpiresOn, today);
		return switch (action) {
			case EDIT, ACCEPT_RISK -> now == FindingStatus.OPEN;
			case REMEDIATE -> now != FindingStatus.REMEDIATED;
			case REOPEN -> now != FindingStatus.OPEN;
		};
	}

	/**
	 * What is wrong with an acceptance until {@code expiresOn} given on {@code today}, as a message key:
	 * the date is required, after today, and at most the policy's months ahead.
	 */
	public static Optional<String> acceptanceProblem(LocalDate expiresOn, LocalDate today, FindingPolicy policy) {
		if (expiresOn == null) {
			return Optional.of("findings.rule.expiryRequired");
		}
		if (!expiresOn.isAfter(today)) {
			return Optional.of("findings.rule.expiryInPast");
		}
		if (expiresOn.isAfter(today.plusMonths(policy.acceptanceMaxMonths()))) {
			return Optional.of("findings.rule.expiryTooFar");
		}
		return Optional.empty();
	}

	/** What is wrong with a remediation on {@code remediatedOn}: required, not in the future, not before it was opened. */
	public static Optional<String> remediationProblem(LocalDate remediatedOn, LocalDate openedOn, LocalDate today) {
		if (remediatedOn == null) {
			return Optional.of("findings.rule.remediatedOnRequired");
		}
		if (remediatedOn.isAfter(today)) {
			return Optional.of("findings.rule.remediatedInFuture");
		}
		if (remediatedOn.isBefore(openedOn)) {
			return Optional.of("findings.rule.remediatedBeforeOpened");
		}
		return Optional.empty();
	}

}
