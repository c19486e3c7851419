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
			1,    BUSINESS_DAYS, 3,  false
			5,    BUSINESS_DAYS, 7,  false
			10,   BUSINESS_DAYS, 14, false
			40,   BUSINESS_DAYS, 56, false
			41,   BUSINESS_DAYS, 59, false
			42,   BUSINESS_DAYS, 60, false
			43,   BUSINESS_DAYS, 61, true
			60,   BUSINESS_DAYS, 84, true
			""")
	void convertsToTheWorstCaseInCalendarDays(int value, BreachNoticeUnit unit, long calendarDays, boolean tooLong) {
		BreachNoticeWindow window = new BreachNoticeWindow(value, unit);
		assertThat(window.maxCalendarDays()).isEqualTo(calendarDays);
		assertThat(window.exceedsHipaaLimit()).isEqualTo(tooLong);
	}

	@ParameterizedTest(name = "{1} {2} after {0} → {3}")
	@CsvSource(textBlock = """
			2026-11-23, 5,  BUSINESS_DAYS, 2026-11-30
			2026-11-27, 1,  BUSINESS_DAYS, 2026-11-30
			2026-11-28, 1,  BUSINESS_DAYS, 2026-11-30
			2026-11-29, 5,  BUSINESS_DAYS, 2026-12-04
			2026-12-28, 10, BUSINESS_DAYS, 2027-01-11
			2028-02-25, 2,  BUSINESS_DAYS, 2028-02-29
			2028-02-28, 2,  CALENDAR_DAYS, 2028-03-01
			2027-02-28, 1,  CALENDAR_DAYS, 2027-03-01
			2026-11-23, 25, HOURS,         2026-11-25
			2026-11-23, 24, HOURS,         2026-11-24
			""")
	void lastDayToReport(LocalDate discovered, int value, BreachNoticeUnit unit, LocalDate lastDay) {
		assertThat(new BreachNoticeWindow(value, unit).lastDay(discovered)).isEqualTo(lastDay);
	}

}
