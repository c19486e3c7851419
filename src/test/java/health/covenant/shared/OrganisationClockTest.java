package health.covenant.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application clock's zone follows the organisation's time zone setting, and "today" changes
 * at local midnight of the organisation, not of the server (UTC here).
 */
class OrganisationClockTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	@Test
	void clockZoneFollowsTheOrganisationSetting() {
		OrganisationTimeZone zone = zone(CHICAGO);
		Clock clock = new TimeConfiguration().clock(zone);
		assertThat(clock.getZone()).isEqualTo(CHICAGO);
		zone.set(ZoneId.of("Pacific/Honolulu"));
		assertThat(clock.getZone()).isEqualTo(ZoneId.of("Pacific/Honolulu"));
		assertThat(zone.configured()).isEqualTo(CHICAGO);
	}

	@ParameterizedTest(name = "{0} is {1} in Chicago")
	@CsvSource({
			// Chicago is UTC-6 in November: local midnight is 06:00 UTC
			"2026-11-28T05:59:59.999Z, 2026-11-27", "2026-11-28T06:00:00Z, 2026-11-28",
			"2026-11-28T23:59:59Z, 2026-11-28", "2026-11-29T00:00:00Z, 2026-11-28",
			"2026-11-29T05:59:59Z, 2026-11-28", "2026-11-29T06:00:00Z, 2026-11-29",
			// summer time (UTC-5): midnight is 05:00 UTC
			"2026-07-04T04:59:59Z, 2026-07-03", "2026-07-04T05:00:00Z, 2026-07-04" })
	void todayFlipsAtLocalMidnightOfTheOrganisation(Instant now, LocalDate today) {
		OrganisationClock clock = new OrganisationClock(Clock.fixed(now, ZoneOffset.UTC), zone(CHICAGO));
		assertThat(clock.today()).isEqualTo(today);
		assertThat(clock.now()).isEqualTo(now);
	}

	@Test
	void todayFollowsAChangeOfTheOrganisationZone() {
		AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-28T07:00:00Z"));
		OrganisationTimeZone zone = zone(CHICAGO);
		OrganisationClock clock = new OrganisationClock(new SteppedClock(now), zone);
		assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 11, 28));
		zone.set(ZoneId.of("Pacific/Honolulu"));
		assertThat(clock.zone()).isEqualTo(ZoneId.of("Pacific/Honolulu"));
		assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 11, 27));
		now.set(Instant.parse("2026-11-28T10:00:00Z"));
		assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 11, 28));
	}

	@Test
	void aDayStartsAndEndsAtLocalMidnight() {
		OrganisationClock clock = new OrganisationClock(Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"),
				ZoneOffset.UTC), zone(CHICAGO));
		LocalDate day = LocalDate.of(2026, 11, 28);
		assertThat(clock.startOfDay(day)).isEqualTo(Instant.parse("2026-11-28T06:00:00Z"));
		assertThat(clock.endOfDay(day)).isEqualTo(Instant.parse("2026-11-29T06:00:00Z"));
		// the day summer time ends has 25 hours
		LocalDate fallBack = LocalDate.of(2026, 11, 1);
		assertThat(clock.startOfDay(fallBack)).isEqualTo(Instant.parse("2026-11-01T05:00:00Z"));
		assertThat(clock.endOfDay(fallBack)).isEqualTo(Instant.parse("2026-11-02T06:00:00Z"));
		assertThat(clock.dateOf(clock.endOfDay(day).minusNanos(1))).isEqualTo(day);
		assertThat(clock.dateOf(clock.endOfDay(day))).isEqualTo(day.plusDays(1));
	}

	@Test
	void daysAreCountedByCalendarDate() {
		OrganisationClock clock = new OrganisationClock(Clock.fixed(Instant.parse("2026-11-29T05:00:00Z"),
				ZoneOffset.UTC), zone(CHICAGO));
		// 23:00 on the 28th in Chicago: the 29th is tomorrow, however few hours away
		assertThat(clock.daysUntil(LocalDate.of(2026, 11, 29))).isEqualTo(1);
		assertThat(clock.daysUntil(LocalDate.of(2026, 11, 28))).isZero();
		assertThat(clock.daysUntil(LocalDate.of(2026, 11, 27))).isEqualTo(-1);
		assertThat(OrganisationClock.daysBetween(LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29)))
			.isEqualTo(366);
	}

	private static OrganisationTimeZone zone(ZoneId zone) {
		return new OrganisationTimeZone(new CovenantProperties(zone, null, null, null, null, null));
	}

	private static final class SteppedClock extends Clock {

		private final AtomicReference<Instant> now;

		SteppedClock(AtomicReference<Instant> now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now.get();
		}

	}

}
