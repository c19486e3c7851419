package health.covenant.shared;

import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * The organisation's time zone: the one zone in which "today", every due date and every displayed
 * time are reckoned. It starts as {@code COVENANT_TIME_ZONE}; the administrator's delivery setting
 * (stored in the database) takes over once loaded, so the pages, the {@link java.time.Clock} and
 * the reminder engine can never disagree about the date.
 */
@Component
public class OrganisationTimeZone {

	private final ZoneId configured;

	private final AtomicReference<ZoneId> current;

	OrganisationTimeZone(CovenantProperties properties) {
		this.configured = properties.timeZone();
		this.current = new AtomicReference<>(this.configured);
	}

	public ZoneId get() {
		return this.current.get();
	}

	public void set(ZoneId zone) {
		this.current.set(zone);
	}

	/** The zone from configuration ({@code COVENANT_TIME_ZONE}), the default for a new database. */
	public ZoneId configured() {
		return this.configured;
	}

}
