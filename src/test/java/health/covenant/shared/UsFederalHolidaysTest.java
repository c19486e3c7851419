package health.covenant.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UsFederalHolidaysTest {

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# observed dates as published by OPM, weekend shifts included
			2021-12-31 | New Year's Day 2022 (Saturday), observed the Friday before, in the year before
			2022-06-20 | Juneteenth (Sunday), observed Monday
			2022-12-26 | Christmas Day (Sunday), observed Monday
			2023-01-02 | New Year's Day (Sunday), observed Monday
			2023-11-10 | Veterans Day (Saturday), observed Friday
			2026-01-01 | New Year's Day
			2026-01-19 | Birthday of Martin Luther King, Jr. (3rd Monday of January)
			2026-02-16 | Washington's Birthday (3rd Monday of February)
			2026-05-25 | Memorial Day (last Monday of May)
			2026-06-19 | Juneteenth National Independence Day
			2026-07-03 | Independence Day (Saturday), observed Friday
			2026-09-07 | Labor Day (1st Monday of September)
			2026-10-12 | Columbus Day (2nd Monday of October)
			2026-11-11 | Veterans Day
			2026-11-26 | Thanksgiving Day (4th Thursday of November)
			2026-12-25 | Christmas Day
			2027-06-18 | Juneteenth (Saturday), observed Friday
			2027-07-05 | Independence Day (Sunday), observed Monday
			2027-12-24 | Christmas Day (Saturday), observed Friday
			2027-12-31 | New Year's Day 2028 (Saturday), observed Friday
			2028-02-21 | Washington's Birthday 2028
			2028-05-29 | Memorial Day 2028 (31 May is a Wednesday)
			2028-11-23 | Thanksgiving Day 2028
			""")
	void observedHolidaysAreNoBusinessDays(LocalDate date, String name) {
		assertThat(UsFederalHolidays.isObservedHoliday(date)).isTrue();
		assertThat(UsFederalHolidays.isBusinessDay(date)).isFalse();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2026-07-04 | the Saturday itself is a weekend day, not an extra holiday
			2027-12-25 | Christmas on a Saturday
			2028-01-01 | New Year's Day on a Saturday: observed the day before
			2026-11-27 | the day after Thanksgiving is a business day
			2026-12-24 | Christmas Eve is a business day
			2020-06-19 | Juneteenth before 2021 was not a federal holiday
			2026-11-30 | an ordinary Monday
			""")
	void otherDaysAreNot(LocalDate date, String name) {
		assertThat(UsFederalHolidays.isObservedHoliday(date)).isFalse();
	}

	@Test
	void elevenHolidaysAreObservedEachYearAndTwelveWhenNewYearFallsOnASaturday() {
		assertThat(UsFederalHolidays.observedIn(2026)).hasSize(11);
		assertThat(UsFederalHolidays.observedIn(2027)).hasSize(12);
		assertThat(UsFederalHolidays.observedIn(2028)).hasSize(10);
	}

}
