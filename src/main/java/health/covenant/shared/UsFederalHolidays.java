package health.covenant.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The legal public holidays of 5 U.S.C. 6103(a), computed by rule, on the day federal offices observe
 * them (Executive Order 11582; 5 U.S.C. 6103(b)): a holiday on a Saturday is observed the Friday
 * before, one on a Sunday the Monday after. New Year's Day on a Saturday is therefore observed on
 * 31 December of the year before.
 * <ul>
 * <li>New Year's Day (1 Jan), Independence Day (4 Jul), Veterans Day (11 Nov), Christmas Day
 * (25 Dec), and Juneteenth National Independence Day (19 Jun, from 2021);</li>
 * <li>Birthday of Martin Luther King, Jr. (3rd Monday of January), Washington's Birthday (3rd Monday
 * of February), Memorial Day (last Monday of May), Labor Day (1st Monday of September), Columbus Day
 * (2nd Monday of October), Thanksgiving Day (4th Thursday of November).</li>
 * </ul>
 * Rules as in force since 2021; years before 1986 (Martin Luther King, Jr. Day) are not modelled.
 */
public final class UsFederalHolidays {

	private static final Map<Integer, Set<LocalDate>> OBSERVED_BY_YEAR = new ConcurrentHashMap<>();

	private UsFederalHolidays() {
	}

	/** Whether federal offices are closed for a holiday on this date. */
	public static boolean isObservedHoliday(LocalDate date) {
		return observedIn(date.getYear()).contains(date);
	}

	/** Observed holidays falling in this calendar year (31 Dec may observe next year's New Year's Day). */
	public static Set<LocalDate> observedIn(int year) {
		return OBSERVED_BY_YEAR.computeIfAbsent(year, UsFederalHolidays::compute);
	}

	/** Monday to Friday and not an observed federal holiday. */
	public static boolean isBusinessDay(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !isObservedHoliday(date);
	}

	private static Set<LocalDate> compute(int year) {
		Set<LocalDate> observed = new TreeSet<>();
		for (int y = year; y <= year + 1; y++) {
			for (LocalDate holiday : actual(y)) {
				LocalDate day = observed(holiday);
				if (day.getYear() == year) {
					observed.add(day);
				}
			}
		}
		return Set.copyOf(observed);
	}

	private static Set<LocalDate> actual(int year) {
		Set<LocalDate> days = new TreeSet<>();
		days.add(LocalDate.of(year, Month.JANUARY, 1));
		days.add(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
		days.add(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
		days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
		if (year >= 2021) {
			days.add(LocalDate.of(year, Month.JUNE, 19));
		}
		days.add(LocalDate.of(year, Month.JULY, 4));
		days.add(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
		days.add(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2));
		days.add(LocalDate.of(year, Month.NOVEMBER, 11));
		days.add(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
		days.add(LocalDate.of(year, Month.DECEMBER, 25));
		return days;
	}

	private static LocalDate observed(LocalDate holiday) {
		return switch (holiday.getDayOfWeek()) {
			case SATURDAY -> holiday.minusDays(1);
			case SUNDAY -> holiday.plusDays(1);
			default -> holiday;
		};
	}

	private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
	}

}
