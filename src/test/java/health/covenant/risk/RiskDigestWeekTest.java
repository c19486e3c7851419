package health.covenant.risk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digest's week and slot: ISO weeks (Monday to Sunday, the week-based year at the turn of the year)
 * and the slot of the configured day and hour inside the week of any of its days.
 */
class RiskDigestWeekTest {

	@ParameterizedTest
	@CsvSource({
			// day,       ISO week
			"2026-11-23, 2026-W48",
			"2026-11-29, 2026-W48",
			"2026-11-30, 2026-W49",
			"2026-12-31, 2026-W53",
			"2027-01-03, 2026-W53",
			"2027-01-04, 2027-W01",
			"2024-12-30, 2025-W01",
			"2031-03-03, 2031-W10" })
	void theWeekIsTheIsoWeekOfTheWeekBasedYear(LocalDate day, String week) {
		assertThat(RiskDigest.week(day)).isEqualTo(week);
		assertThat(RiskDigest.dedupKey(42, day)).isEqualTo("risk-digest:42:" + week);
	}

	@ParameterizedTest
	@CsvSource({
			// day,       slot day,  hour, slot
			"2026-11-23, MONDAY,    7,    2026-11-23T07:00",
			"2026-11-29, MONDAY,    7,    2026-11-23T07:00",
			"2026-11-23, SUNDAY,    18,   2026-11-29T18:00",
			"2026-11-26, WEDNESDAY, 0,    2026-11-25T00:00",
			"2027-01-03, FRIDAY,    23,   2027-01-01T23:00" })
	void theSlotIsTheConfiguredDayAndHourOfTheSameIsoWeek(LocalDate day, DayOfWeek slotDay, int hour,
			LocalDateTime slot) {
		assertThat(RiskDigest.slot(day, slotDay, hour)).isEqualTo(slot);
		assertThat(RiskDigest.week(RiskDigest.slot(day, slotDay, hour).toLocalDate())).isEqualTo(RiskDigest.week(day));
	}

}
