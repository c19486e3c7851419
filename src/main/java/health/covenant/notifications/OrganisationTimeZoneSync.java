package health.covenant.notifications;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Before anything else runs at start-up, the stored delivery time zone becomes the organisation's. */
@Component
@Order(-100)
class OrganisationTimeZoneSync implements ApplicationRunner {

	private final ReminderSettings settings;

	OrganisationTimeZoneSync(ReminderSettings settings) {
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.settings.adoptOrganisationTimeZone();
	}

}
