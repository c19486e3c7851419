package health.covenant.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/**
 * The organisation's "today" and "now": the injected {@link Clock} read in the
 * {@link OrganisationTimeZone}. Every module asks this one service for the date, so that the pages,
 * the e-mails, the obligations and the reminder engine agree about the day, and the day changes at
 * local midnight of the organisation, not of the server.
 */
@Component
public class OrganisationClock {

	private final Clock clock;

	private final OrganisationTimeZone zone;

	public OrganisationClock(Clock clock, OrganisationTimeZone zone) {
		this.clock = clock;
		this.zone = zone;
	}

	/** The organisation's time zone (the administrator's setting once loaded). */
	public ZoneId zone() {
		return this.zone.get();
	}

	/** This instant. */
	public Instant now() {
		return this.clock.instant();
	}

	/** Today's date in the organisation's time zone. */
	public LocalDate today() {
		return dateOf(now());
	}

	/** The organisation's date at an instant. */
	public LocalDate dateOf(Instant instant) {
		return LocalDate.ofInstant(instant, zone());
	}

	/** The first instant of a day in the organisation's time zone (local midnight, or later on a gap). */
	public Instant startOfDay(LocalDate day) {
		return day.atStartOfDay(zone()).toInstant();
	}

	/** The end of a day, exclusive: the first instant of the next day. */
	public Instant endOfDay(LocalDate day) {
		return startOfDay(day.plusDays(1));
	}

	/** Whole calendar days from {@code from} to {@code to}: 1 from today to tomorrow, negative into the past. */
	public static long daysBetween(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}

	/** Whole calendar days from today to {@code day} (0 today, 1 tomorrow, -1 yesterday). */
	public long daysUntil(LocalDate day) {
		return daysBetween(today(), day);
	}

}
