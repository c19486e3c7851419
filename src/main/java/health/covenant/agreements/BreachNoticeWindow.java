package health.covenant.agreements;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long a business associate has to report a breach to us after discovering it (DOMAIN.md §2).
 * 45 CFR 164.410 caps it at 60 calendar days after discovery; a contract may only be shorter.
 *
 * <p>
 * Conversion to calendar days is the <b>worst case</b>, so that a window is accepted only if it can
 * never end later than day 60:
 * <ul>
 * <li>{@code HOURS}: rounded up to whole days (a window of 1441 hours may end on day 61);</li>
 * <li>{@code BUSINESS_DAYS}: Monday to Friday count, Saturday and Sunday do not (public holidays are
 * not modelled); the discovery day itself is day 0. The calendar length is the longest over the seven
 * possible discovery weekdays, so 5 business days are 7 calendar days (discovered on a Friday, due the
 * next Friday) and 42 business days are the most that fit in 60 calendar days.</li>
 * </ul>
 *
 * @param value positive length
 * @param unit unit of {@code value}
 */
public record BreachNoticeWindow(int value, BreachNoticeUnit unit) {

	/** 164.410(b): no later than 60 calendar days after discovery. */
	public static final int HIPAA_MAX_CALENDAR_DAYS = 60;

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

	/** Longest possible length in calendar days, over every discovery weekday. */
	public long maxCalendarDays() {
		LocalDate monday = LocalDate.of(2024, 1, 1);
		long longest = 0;
		for (int d = 0; d < 7; d++) {
			LocalDate discovered = monday.plusDays(d);
			longest = Math.max(longest, ChronoUnit.DAYS.between(discovered, lastDay(discovered)));
		}
		return longest;
	}

	/** Longer than 164.410 allows: such a clause is invalid and must be rejected. */
	public boolean exceedsHipaaLimit() {
		return maxCalendarDays() > HIPAA_MAX_CALENDAR_DAYS;
	}

	static LocalDate plusBusinessDays(LocalDate start, int businessDays) {
		LocalDate date = start;
		int remaining = businessDays;
		while (remaining > 0) {
			if (remaining > 5 && isWeekday(date)) {
				// from a weekday, every 7 calendar days hold exactly 5 business days
				int weeks = (remaining - 1) / 5;
				date = date.plusWeeks(weeks);
				remaining -= weeks * 5;
				continue;
			}
			date = date.plusDays(1);
			if (isWeekday(date)) {
				remaining--;
			}
		}
		return date;
	}

	private static boolean isWeekday(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
