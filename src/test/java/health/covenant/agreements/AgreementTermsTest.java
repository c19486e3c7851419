package health.covenant.agreements;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AgreementTermsTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# case                                   | effective  | expiration | renews | months | notice | today      | state              | term end   | notice by  | next by    | days left
			plain term, mid-term                     | 2026-01-01 | 2026-12-31 | false  | 0      | 0      | 2026-06-01 | ACTIVE             | 2026-12-31 | -          | -          | 213
			expiration day is still in force         | 2026-01-01 | 2026-12-31 | false  | 0      | 60     | 2026-12-31 | ACTIVE             | 2026-12-31 | -          | -          | 0
			day after expiration: expired            | 2026-01-01 | 2026-12-31 | false  | 0      | 60     | 2027-01-01 | EXPIRED            | 2026-12-31 | -          | -          | 0
			renewal term 0 does not renew            | 2026-01-01 | 2026-12-31 | true   | 0      | 30     | 2027-01-01 | EXPIRED            | 2026-12-31 | -          | -          | 0
			before the effective date                | 2027-01-01 | 2027-12-31 | true   | 12     | 30     | 2026-11-23 | NOT_YET_EFFECTIVE  | 2027-12-31 | 2027-12-01 | 2027-12-01 | 403
			undated draft                            | -          | -          | true   | 12     | 30     | 2026-11-23 | UNDATED            | -          | -          | -          | -
			evergreen                                | 2020-05-01 | -          | false  | 0      | 90     | 2026-11-23 | ACTIVE             | -          | -          | -          | -
			evergreen, auto-renew flag ignored       | 2020-05-01 | -          | true   | 12     | 90     | 2026-11-23 | ACTIVE             | -          | -          | -          | -
			evergreen not yet effective              | 2027-05-01 | -          | false  | 0      | 90     | 2026-11-23 | NOT_YET_EFFECTIVE  | -          | -          | -          | -
			renewing, notice far ahead               | 2026-01-01 | 2027-12-31 | true   | 12     | 60     | 2026-11-23 | ACTIVE             | 2027-12-31 | 2027-11-01 | 2027-11-01 | 403
			notice deadline within 90 days           | 2026-01-01 | 2026-12-31 | true   | 12     | 30     | 2026-11-23 | NOTICE_WINDOW_OPEN | 2026-12-31 | 2026-12-01 | 2026-12-01 | 38
			notice deadline exactly 90 days ahead    | 2025-01-01 | 2027-03-23 | true   | 12     | 30     | 2026-11-23 | NOTICE_WINDOW_OPEN | 2027-03-23 | 2027-02-21 | 2027-02-21 | 120
			notice deadline 91 days ahead            | 2025-01-01 | 2027-03-24 | true   | 12     | 30     | 2026-11-23 | ACTIVE             | 2027-03-24 | 2027-02-22 | 2027-02-22 | 121
			last day to give notice is today         | 2026-01-01 | 2026-12-31 | true   | 12     | 38     | 2026-11-23 | NOTICE_WINDOW_OPEN | 2026-12-31 | 2026-11-23 | 2026-11-23 | 38
			day after the last day: locked in        | 2026-01-01 | 2026-12-31 | true   | 12     | 39     | 2026-11-23 | LOCKED_IN          | 2026-12-31 | 2026-11-22 | 2027-11-22 | 38
			notice 0 days: term end is the last day  | 2026-01-01 | 2026-12-31 | true   | 12     | 0      | 2026-12-31 | NOTICE_WINDOW_OPEN | 2026-12-31 | 2026-12-31 | 2026-12-31 | 0
			rolled into the second term              | 2025-01-01 | 2025-12-31 | true   | 12     | 30     | 2026-01-01 | ACTIVE             | 2026-12-31 | 2026-12-01 | 2026-12-01 | 364
			multi-term roll-over (4 renewals)        | 2020-01-01 | 2021-06-30 | true   | 12     | 20     | 2025-06-01 | NOTICE_WINDOW_OPEN | 2025-06-30 | 2025-06-10 | 2025-06-10 | 29
			multi-term roll-over, locked in          | 2020-01-01 | 2021-06-30 | true   | 12     | 60     | 2025-06-01 | LOCKED_IN          | 2025-06-30 | 2025-05-01 | 2026-05-01 | 29
			monthly renewal from 31 Jan (leap year)  | 2027-11-01 | 2028-01-31 | true   | 1      | 0      | 2028-02-15 | NOTICE_WINDOW_OPEN | 2028-02-29 | 2028-02-29 | 2028-02-29 | 14
			monthly renewal from 31 Jan (common)     | 2026-11-01 | 2027-01-31 | true   | 1      | 0      | 2027-02-15 | NOTICE_WINDOW_OPEN | 2027-02-28 | 2027-02-28 | 2027-02-28 | 13
			month end anchored: 31 Jan + 2 months    | 2026-11-01 | 2027-01-31 | true   | 1      | 0      | 2027-03-01 | NOTICE_WINDOW_OPEN | 2027-03-31 | 2027-03-31 | 2027-03-31 | 30
			leap day + 12 months                     | 2027-03-01 | 2028-02-29 | true   | 12     | 10     | 2028-03-01 | ACTIVE             | 2029-02-28 | 2029-02-18 | 2029-02-18 | 364
			leap day + 48 months is a leap day again | 2027-03-01 | 2028-02-29 | true   | 12     | 10     | 2031-03-01 | ACTIVE             | 2032-02-29 | 2032-02-19 | 2032-02-19 | 365
			notice longer than the remaining term    | 2026-10-01 | 2026-12-31 | true   | 12     | 60     | 2026-11-23 | LOCKED_IN          | 2026-12-31 | 2026-11-01 | 2027-11-01 | 38
			notice longer than the whole term        | 2026-10-01 | 2026-12-31 | true   | 3      | 120    | 2026-10-01 | LOCKED_IN          | 2026-12-31 | 2026-09-02 | 2026-12-01 | 91
			quarterly term, notice longer than term  | 2026-01-01 | 2026-03-31 | true   | 3      | 120    | 2026-11-23 | LOCKED_IN          | 2026-12-31 | 2026-09-02 | 2026-12-01 | 38
			""")
	void computesTheDates(String name, LocalDate effective, LocalDate expiration, boolean renews, int months,
			int notice, LocalDate today, TermState state, LocalDate termEnd, LocalDate noticeBy,
			LocalDate nextNoticeBy, Long daysLeft) {
		AgreementTerms.Schedule schedule = new AgreementTerms(effective, expiration, renews, months, notice)
			.on(today);
		assertThat(schedule.state()).as("state").isEqualTo(state);
		assertThat(schedule.currentTermEnd()).as("current term end").isEqualTo(termEnd);
		assertThat(schedule.noticeDeadline()).as("last day to give notice").isEqualTo(noticeBy);
		assertThat(schedule.nextNoticeDeadline()).as("next notice deadline").isEqualTo(nextNoticeBy);
		assertThat(schedule.daysRemaining()).as("days remaining").isEqualTo(daysLeft);
	}

	@Test
	void countsRenewalsSoFar() {
		AgreementTerms terms = new AgreementTerms(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), true, 12, 30);
		assertThat(terms.on(LocalDate.of(2020, 12, 31)).renewals()).isZero();
		assertThat(terms.on(LocalDate.of(2021, 1, 1)).renewals()).isEqualTo(1);
		assertThat(terms.on(LocalDate.of(2026, 11, 23)).renewals()).isEqualTo(6);
	}

	@Test
	void daysToTheNextNoticeDeadline() {
		AgreementTerms terms = new AgreementTerms(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), true, 12, 30);
		LocalDate today = LocalDate.of(2026, 11, 23);
		assertThat(terms.on(today).daysToNoticeDeadline(today)).isEqualTo(8);
	}

	@Test
	void negativeNumbersAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AgreementTerms(LocalDate.of(2026, 1, 1), null, false, -1, 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AgreementTerms(LocalDate.of(2026, 1, 1), null, false, 0, -5));
	}

}
