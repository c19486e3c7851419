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
			28 Feb 2027 renews to 29 Feb 2028        | 2026-03-01 | 2027-02-28 | true   | 12     | 30     | 2027-03-01 | ACTIVE             | 2028-02-29 | 2028-01-30 | 2028-01-30 | 365
			last day to give notice: not locked in   | 2026-03-01 | 2027-02-28 | true   | 12     | 30     | 2028-01-30 | NOTICE_WINDOW_OPEN | 2028-02-29 | 2028-01-30 | 2028-01-30 | 30
			day after it: locked in                  | 2026-03-01 | 2027-02-28 | true   | 12     | 30     | 2028-01-31 | LOCKED_IN          | 2028-02-29 | 2028-01-30 | 2029-01-29 | 29
			30 Jun monthly: first term end           | 2026-01-01 | 2026-06-30 | true   | 1      | 0      | 2026-06-30 | NOTICE_WINDOW_OPEN | 2026-06-30 | 2026-06-30 | 2026-06-30 | 0
			30 Jun monthly renews to 31 Jul          | 2026-01-01 | 2026-06-30 | true   | 1      | 0      | 2026-07-01 | NOTICE_WINDOW_OPEN | 2026-07-31 | 2026-07-31 | 2026-07-31 | 30
			then to 31 Aug                           | 2026-01-01 | 2026-06-30 | true   | 1      | 0      | 2026-08-01 | NOTICE_WINDOW_OPEN | 2026-08-31 | 2026-08-31 | 2026-08-31 | 30
			then to 30 Sep                           | 2026-01-01 | 2026-06-30 | true   | 1      | 0      | 2026-09-01 | NOTICE_WINDOW_OPEN | 2026-09-30 | 2026-09-30 | 2026-09-30 | 29
			30 Jun monthly, notice 5 days, on 26 Jul | 2026-01-01 | 2026-06-30 | true   | 1      | 5      | 2026-07-26 | NOTICE_WINDOW_OPEN | 2026-07-31 | 2026-07-26 | 2026-07-26 | 5
			30 Jun monthly, notice 5 days, on 27 Jul | 2026-01-01 | 2026-06-30 | true   | 1      | 5      | 2026-07-27 | LOCKED_IN          | 2026-07-31 | 2026-07-26 | 2026-08-26 | 4
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

	@ParameterizedTest(name = "expiring {0}, renewing every {1} months: term {2} ends {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# expiration | months | renewal | term end   | why
			2027-02-28   | 12     | 1       | 2028-02-29 | anchor 1 Mar: the day before 1 Mar 2028 is the leap day
			2027-02-28   | 12     | 2       | 2029-02-28 | then the day before 1 Mar 2029
			2028-02-29   | 12     | 1       | 2029-02-28 | anchor 1 Mar 2028
			2028-02-29   | 12     | 4       | 2032-02-29 | anchor 1 Mar 2028, 48 months on
			2026-06-30   | 1      | 1       | 2026-07-31 | anchor 1 Jul, not 30 Jul carried forward
			2026-06-30   | 1      | 2       | 2026-08-31 | not 30 Aug
			2026-06-30   | 1      | 6       | 2026-12-31 | not 30 Dec
			2027-01-31   | 1      | 1       | 2027-02-28 | anchor 1 Feb
			2028-01-31   | 1      | 1       | 2028-02-29 | leap year
			2027-01-31   | 1      | 2       | 2027-03-31 | not 28 Mar
			2027-01-30   | 1      | 1       | 2027-02-28 | anchor 31 Jan: February has no 31st, so its last day
			2027-01-30   | 1      | 2       | 2027-03-30 | the day before 31 Mar
			2027-01-30   | 1      | 3       | 2027-04-30 | April has no 31st: its last day
			2026-12-31   | 12     | 1       | 2027-12-31 | anchor 1 Jan
			2026-11-15   | 3      | 1       | 2027-02-15 | anchor 16 Nov: the day before 16 Feb
			""")
	void renewalTermsAreAnchoredOnTheDayAfterTheOriginalExpiration(LocalDate expiration, int months, int renewal,
			LocalDate termEnd, String why) {
		AgreementTerms terms = new AgreementTerms(expiration.minusYears(1), expiration, true, months, 0);
		assertThat(terms.termEnd(renewal)).as(why).isEqualTo(termEnd);
		assertThat(terms.on(termEnd).currentTermEnd()).isEqualTo(termEnd);
		assertThat(terms.on(terms.termEnd(renewal - 1).plusDays(1)).currentTermEnd())
			.as("the renewal starts the day after the previous term ends")
			.isEqualTo(termEnd);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# case                          | expiration | months | notice | today      | next by    | term it stops | renewal locked in
			notice window open: same term   | 2026-12-31 | 12     | 30     | 2026-11-23 | 2026-12-01 | 2026-12-31    | -
			last day to give notice         | 2026-12-31 | 12     | 30     | 2026-12-01 | 2026-12-01 | 2026-12-31    | -
			locked in: next term's pair     | 2026-12-31 | 12     | 30     | 2026-12-02 | 2027-12-01 | 2027-12-31    | 2027-01-01
			locked in on the term end       | 2026-12-31 | 12     | 30     | 2026-12-31 | 2027-12-01 | 2027-12-31    | 2027-01-01
			leap year pair                  | 2027-02-28 | 12     | 30     | 2027-02-01 | 2028-01-30 | 2028-02-29    | 2027-03-01
			notice longer than a term       | 2026-03-31 | 3      | 120    | 2026-11-23 | 2026-12-01 | 2027-03-31    | 2027-01-01
			""")
	void aNoticeDeadlineComesWithTheTermEndItStops(String name, LocalDate expiration, int months, int notice,
			LocalDate today, LocalDate nextBy, LocalDate termItStops, LocalDate lockedInRenewal) {
		AgreementTerms.Schedule schedule = new AgreementTerms(expiration.minusYears(1), expiration, true, months, notice)
			.on(today);
		assertThat(schedule.nextNoticeDeadline()).isEqualTo(nextBy);
		assertThat(schedule.noticeTermEnd()).isEqualTo(termItStops);
		assertThat(schedule.pairedTermEnd()).isEqualTo(termItStops);
		assertThat(schedule.noticeTermEnd().minusDays(notice)).isEqualTo(schedule.nextNoticeDeadline());
		assertThat(schedule.lockedInRenewalStarts()).isEqualTo(lockedInRenewal);
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
