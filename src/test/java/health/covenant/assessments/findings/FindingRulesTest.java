package health.covenant.assessments.findings;

import java.time.LocalDate;

import health.covenant.assessments.findings.FindingRules.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of findings, table by table, on their boundary days. */
class FindingRulesTest {

	private static final FindingPolicy POLICY = FindingPolicy.defaults();

	@ParameterizedTest(name = "{0} opened {1} is due {2}")
	@CsvSource({
			// severity, opened, due
			"CRITICAL, 2026-01-31, 2026-03-02", // 30 days over a short February
			"HIGH,     2026-01-31, 2026-04-01",
			"MEDIUM,   2026-01-31, 2026-05-01",
			"LOW,      2026-01-31, 2026-07-30",
			"CRITICAL, 2028-01-31, 2028-03-01", // leap year
			"HIGH,     2026-12-31, 2027-03-01",
			"LOW,      2026-11-28, 2027-05-27" })
	void theDefaultDueDateFollowsTheSeverity(FindingSeverity severity, LocalDate opened, LocalDate due) {
		assertThat(FindingRules.defaultDue(severity, opened, POLICY)).isEqualTo(due);
	}

	@Test
	void theDaysAreASetting() {
		FindingPolicy quicker = new FindingPolicy(7, 14, 21, 28, 6);
		assertThat(FindingRules.defaultDue(FindingSeverity.CRITICAL, LocalDate.parse("2026-02-25"), quicker))
			.isEqualTo(LocalDate.parse("2026-03-04"));
	}

	@ParameterizedTest(name = "{0} (expires {1}) due {2} on {3}: now {4}, overdue {5}")
	@CsvSource({
			// status, acceptance expires, due, today, status today, overdue
			"OPEN,          ,           2026-11-28, 2026-11-28, OPEN,          false", // due today: not yet overdue
			"OPEN,          ,           2026-11-27, 2026-11-28, OPEN,          true",
			"REMEDIATED,    ,           2026-01-01, 2026-11-28, REMEDIATED,    false",
			"RISK_ACCEPTED, 2026-11-29, 2026-01-01, 2026-11-28, RISK_ACCEPTED, false", // the day before expiry
			"RISK_ACCEPTED, 2026-11-28, 2026-01-01, 2026-11-28, OPEN,          true",  // expiry day: open again, overdue
			"RISK_ACCEPTED, 2026-11-28, 2027-01-01, 2026-11-28, OPEN,          false", // open again, not yet due
			"RISK_ACCEPTED, 2026-11-01, 2026-11-27, 2026-11-28, OPEN,          true" })
	void statusAndOverdueToday(FindingStatus status, LocalDate expires, LocalDate due, LocalDate today,
			FindingStatus now, boolean overdue) {
		assertThat(FindingRules.effectiveStatus(status, expires, today)).isEqualTo(now);
		assertThat(FindingRules.overdue(status, due, expires, today)).isEqualTo(overdue);
	}

	@ParameterizedTest(name = "{1} on {0} (expires {2}): {3}")
	@CsvSource({
			// action, status, acceptance expires, allowed (today 2026-11-28)
			"EDIT,        OPEN,          ,           true",
			"EDIT,        REMEDIATED,    ,           false",
			"EDIT,        RISK_ACCEPTED, 2027-01-01, false",
			"EDIT,        RISK_ACCEPTED, 2026-11-28, true",
			"REMEDIATE,   OPEN,          ,           true",
			"REMEDIATE,   RISK_ACCEPTED, 2027-01-01, true",
			"REMEDIATE,   REMEDIATED,    ,           false",
			"ACCEPT_RISK, OPEN,          ,           true",
			"ACCEPT_RISK, RISK_ACCEPTED, 2027-01-01, false",
			"ACCEPT_RISK, RISK_ACCEPTED, 2026-11-28, true", // expired: may be accepted again
			"ACCEPT_RISK, REMEDIATED,    ,           false",
			"REOPEN,      OPEN,          ,           false",
			"REOPEN,      REMEDIATED,    ,           true",
			"REOPEN,      RISK_ACCEPTED, 2027-01-01, true",
			"REOPEN,      RISK_ACCEPTED, 2026-11-28, false" })
	void whatMayChangeInWhichStatus(Action action, FindingStatus status, LocalDate expires, boolean allowed) {
		assertThat(FindingRules.may(action, status, expires, LocalDate.parse("2026-11-28"))).isEqualTo(allowed);
	}

	@ParameterizedTest(name = "expires {0}: {1}")
	@CsvSource({
			// expires (given on 2026-11-28, at most 12 months), problem
			",           findings.rule.expiryRequired",
			"2026-11-28, findings.rule.expiryInPast",
			"2026-11-29, ",
			"2027-11-28, ",
			"2027-11-29, findings.rule.expiryTooFar" })
	void anAcceptanceExpiresAfterTodayAndAtMostTheMonthsAhead(LocalDate expires, String problem) {
		assertThat(FindingRules.acceptanceProblem(expires, LocalDate.parse("2026-11-28"), POLICY).orElse(null))
			.isEqualTo(problem);
	}

	@Test
	void aMonthEndAcceptanceRunsToTheLastDayOfTheShorterMonth() {
		// given on 31 Aug, six months ahead is 28 Feb (not 3 Mar)
		FindingPolicy six = new FindingPolicy(30, 60, 90, 180, 6);
		assertThat(FindingRules.acceptanceProblem(LocalDate.parse("2027-02-28"), LocalDate.parse("2026-08-31"), six))
			.isEmpty();
		assertThat(FindingRules.acceptanceProblem(LocalDate.parse("2027-03-01"), LocalDate.parse("2026-08-31"), six))
			.contains("findings.rule.expiryTooFar");
	}

	@ParameterizedTest(name = "remediated {0}: {1}")
	@CsvSource({
			// remediated (opened 2026-10-01, today 2026-11-28), problem
			",           findings.rule.remediatedOnRequired",
			"2026-09-30, findings.rule.remediatedBeforeOpened",
			"2026-10-01, ",
			"2026-11-28, ",
			"2026-11-29, findings.rule.remediatedInFuture" })
	void aRemediationIsBetweenOpeningAndToday(LocalDate on, String problem) {
		assertThat(FindingRules.remediationProblem(on, LocalDate.parse("2026-10-01"), LocalDate.parse("2026-11-28"))
			.orElse(null)).isEqualTo(problem);
	}

}
