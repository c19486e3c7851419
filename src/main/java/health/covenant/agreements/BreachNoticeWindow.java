package health.covenant.agreements;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import health.covenant.shared.UsFederalHolidays;

import org.springframework.modulith.NamedInterface;

/**
 * How long a business associate has to report a breach to us after discovering it. 45 CFR 164.410(b)
 * caps it at 60 calendar days after discovery; a contract may only be shorter.
 *
 * <p>
 * Conversion to calendar days is the <b>worst case</b>, so that a window is accepted only if it can
 * never end later than day 60:
 * <ul>
 * <li>{@code HOURS}: rounded up to whole days (a window of 1441 hours may end on day 61);</li>
 * <li>{@code BUSINESS_DAYS}: Monday to Friday count, except the observed US federal holidays
 * ({@link UsFederalHolidays}); Saturdays, Sundays and those holidays do not. The discovery day itself
 * is day 0. The calendar length is the longest over every discovery date of a full 28-year cycle of
 * the calendar (dates, weekdays and holiday rules repeat after it), so a window that can reach
 * calendar day 61 in any year, e.g. across Thanksgiving, Christmas and New Year's Day, is refused:
 * 5 business days are at most 11 calendar days (discovered Thursday 23 Dec 2027, with Christmas and
 * New Year's Day observed on the two Fridays), and 38 business days are the most that always fit in
 * 60 calendar days (39 business days from Wednesday 25 Nov 2026 end on 25 Jan 2027, day 61).</li>
 * </ul>
 *
 * @param value positive length
 * @param unit unit of {@code value}
 */
@NamedInterface("api")
public record BreachNoticeWindow(int value, BreachNoticeUnit unit) {

	/** 164.410(b): no later than 60 calendar days after discovery. */
	public static final int HIPAA_MAX_CALENDAR_DAYS = 60;

	/** First day of the 28-year cycle over which business-day windows are measured. */
	private static final LocalDate CYCLE_START = LocalDate.of(2022, 1, 1);

	private static final int CYCLE_YEARS = 28;

	private static final Map<Integer, Long> LONGEST_BUSINESS_DAY_WINDOW = new ConcurrentHashMap<>();

	public BreachNoticeWindow {
		if (value < 0 || unit == null) {
			throw new IllegalArgumentException("a breach-notice window needs a non-negative value and a unit");
		}
	}

	/** The last day on which the report is in time for a breach discovered on {@code discovered}. */
	public LocalDate lastDay(LocalDate discovered) {
		return switch (this.unit) {
			case HOURS -> discovered.plusDays((this.value + 23) / 24);
			case CALENDAR_DAYS -> discovered.plusDays(this.value);
			case BUSINESS_DAYS -> plusBusinessDays(discovered, this.value);
		};
	}

	/** Longest possible length in calendar days, over every discovery date. */
	public long maxCalendarDays() {
		return switch (this.unit) {
			case HOURS, CALENDAR_DAYS -> ChronoUnit.DAYS.between(CYCLE_START, lastDay(CYCLE_START));
			case BUSINESS_DAYS -> LONGEST_BUSINESS_DAY_WINDOW.computeIfAbsent(this.value,
					BreachNoticeWindow::longestBusinessDayWindow);
		};
	}

	/** Longer than 164.410 allows: such a clause is invalid and must be rejected. */
	public boolean exceedsHipaaLimit() {
		return maxCalendarDays() > HIPAA_MAX_CALENDAR_DAYS;
	}

	/**
	 * The longest window over every discovery day of the cycle. For any discovery day, the window ends
	 * on the {@code n}-th business day after it; the earliest discovery day that ends on a given
	 * business day is the business day {@code n} business days before it, so the longest window is the
	 * largest gap between business days {@code n} apart (for n ≥ 1).
	 */
	private static long longestBusinessDayWindow(int businessDays) {
		if (businessDays == 0) {
			return 0;
		}
		LocalDate end = CYCLE_START.plusYears(CYCLE_YEARS);
		List<LocalDate> days = new ArrayList<>();
		int afterEnd = 0;
		for (LocalDate day = CYCLE_START; day.isBefore(end) || afterEnd <= businessDays; day = day.plusDays(1)) {
			if (UsFederalHolidays.isBusinessDay(day)) {
				days.add(day);
				if (!day.isBefore(end)) {
					afterEnd++;
				}
			}
		}
		long longest = ChronoUnit.DAYS.between(CYCLE_START, plusBusinessDays(CYCLE_START, businessDays));
		for (int i = 0; i + businessDays < days.size() && days.get(i).isBefore(end); i++) {
			longest = Math.max(longest, ChronoUnit.DAYS.between(days.get(i), days.get(i + businessDays)));
		}
		return longest;
	}

	/** The day {@code businessDays} business days after {@code start} (the start day is day 0). */
	public static LocalDate plusBusinessDays(LocalDate start, int businessDays) {
		LocalDate date = start;
		int remaining = businessDays;
		while (remaining > 0) {
			date = date.plusDays(1);
			if (UsFederalHolidays.isBusinessDay(date)) {
				remaining--;
			}
		}
		return date;
	}

}
