package health.covenant.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The application clock's zone follows the organisation's time zone setting. */
class OrganisationClockTest {

	@Test
	void clockZoneFollowsTheOrganisationSetting() {
		OrganisationTimeZone zone = new OrganisationTimeZone(
				new CovenantProperties(ZoneId.of("America/Chicago"), null, null, null, null, null));
		Clock clock = new TimeConfiguration().clock(zone);
		assertThat(clock.getZone()).isEqualTo(ZoneId.of("America/Chicago"));
		zone.set(ZoneId.of("Pacific/Honolulu"));
		assertThat(clock.getZone()).isEqualTo(ZoneId.of("Pacific/Honolulu"));
		assertThat(zone.configured()).isEqualTo(ZoneId.of("America/Chicago"));
	}

}
