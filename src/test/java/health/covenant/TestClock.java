package health.covenant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests can set and step. Starts at 2026-11-23 09:00 in America/New_York; call
 * {@link #reset()} in tests that move it.
 */
public class TestClock extends Clock {

	public static final ZoneId ZONE = ZoneId.of("America/New_York");

	public static final Instant START = LocalDate.of(2026, 11, 23).atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant();

	private final AtomicReference<Instant> now = new AtomicReference<>(START);

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

	public LocalDate today() {
		return LocalDate.ofInstant(instant(), ZONE);
	}

	public void set(Instant instant) {
		this.now.set(instant);
	}

	public void setDate(LocalDate date) {
		this.now.set(date.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant());
	}

	public void advance(Duration duration) {
		this.now.updateAndGet((instant) -> instant.plus(duration));
	}

	public void reset() {
		this.now.set(START);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
