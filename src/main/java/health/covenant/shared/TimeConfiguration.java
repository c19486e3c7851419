package health.covenant.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now": a {@link Clock} whose zone is the organisation's time zone (it follows
 * the administrator's setting). Tests replace it. Code asks {@link OrganisationClock} for "today".
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock(OrganisationTimeZone zone) {
		return new ZoneFollowingClock(zone);
	}

	static final class ZoneFollowingClock extends Clock {

		private final OrganisationTimeZone zone;

		ZoneFollowingClock(OrganisationTimeZone zone) {
			this.zone = zone;
		}

		@Override
		public ZoneId getZone() {
			return this.zone.get();
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.system(zone);
		}

		@Override
		public Instant instant() {
			return Instant.now();
		}

	}

}
