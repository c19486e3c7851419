package health.covenant.agreements;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BreachNoticeWindowTest {

	@ParameterizedTest(name = "{0} {1} → at most {2} calendar days, over the limit: {3}")
	@CsvSource(textBlock = """
			0,    HOURS,         0,  false
			1,    HOURS,         1,  false
			24,   HOURS,         1,  false
			72,   HOURS,         3,  false
			1440, HOURS,         60, false
			1441, HOURS,         61, true
			10,   CALENDAR_DAYS, 10, false
			60,   CALENDAR_DAYS, 60, false
			61,   CALENDAR_DAYS, 61, true
			90,   CALENDAR_DAYS, 90, true
			1,    BUSINESS_DAYS, 4,  false
			5,    BUSINESS_DAYS, 11, false
			10,   BUSINESS_DAYS, 18, false
			37,   BUSINESS_DAYS, 59, false
			38,   BUSINESS_DAYS, 60, false
			39,   BUSINESS_DAYS, 61, true
			42,   BUSINESS_DAYS, 66, true
			60,   BUSINESS_DAYS, 91, true
			""")
	void convertsToTheWorstCaseInCalendarDays(int value, BreachNoticeUnit unit, long calendarDays, boolean tooLong) {
		BreachNoticeWindow window = new BreachNoticeWindow(value, unit);
		assertThat(window.maxCalendarDays()).isEqualTo(calendarDays);
		assertThat(window.exceedsHipaaLimit()).isEqualTo(tooLong);
	}

	@ParameterizedTest(name = "{1} {2} after {0} → {3}")
	@CsvSource(textBlock = """
			# weekends only
			2026-11-16, 5,  BUSINESS_DAYS, 2026-11-23
			2026-11-28, 1,  BUSINESS_DAYS, 2026-11-30
			2026-11-29, 5,  BUSINESS_DAYS, 2026-12-04
			2028-02-25, 2,  BUSINESS_DAYS, 2028-02-29
			# Thanksgiving (Thu 26 Nov 2026) does not count
			2026-11-23, 5,  BUSINESS_DAYS, 2026-12-01
			2026-11-25, 1,  BUSINESS_DAYS, 2026-11-27
			2026-11-27, 1,  BUSINESS_DAYS, 2026-11-30
			# Christmas (Fri 25 Dec 2026) and New Year's Day (Fri 1 Jan 2027)
			2026-12-24, 1,  BUSINESS_DAYS, 2026-12-28
			2026-12-28, 10, BUSINESS_DAYS, 2027-01-12
			# Christmas and New Year's Day on Saturdays: observed Fri 24 and Fri 31 Dec 2027
			2027-12-23, 5,  BUSINESS_DAYS, 2028-01-03
			# Independence Day on a Saturday (2026): observed Friday 3 July
			2026-07-02, 1,  BUSINESS_DAYS, 2026-07-06
			# Juneteenth on a Saturday (2027): observed Friday 18 June
			2027-06-17, 1,  BUSINESS_DAYS, 2027-06-21
			# the window that reaches day 61: 39 business days from the eve of Thanksgiving 2026
			2026-11-25, 38, BUSINESS_DAYS, 2027-01-22
			2026-11-25, 39, BUSINESS_DAYS, 2027-01-25
			2028-02-28, 2,  CALENDAR_DAYS, 2028-03-01
			2027-02-28, 1,  CALENDAR_DAYS, 2027-03-01
			2026-11-23, 25, HOURS,         2026-11-25
			2026-11-23, 24, HOURS,         2026-11-24
			""")
	void lastDayToReport(LocalDate discovered, int value, BreachNoticeUnit unit, LocalDate lastDay) {
		assertThat(new BreachNoticeWindow(value, unit).lastDay(discovered)).isEqualTo(lastDay);
	}

}
