package health.covenant.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import health.covenant.shared.OrganisationTimeZone;

import org.springframework.stereotype.Component;

/**
 * Formats dates and instants for pages and e-mails in the organisation's time zone, one way
 * everywhere ({@code 14 Jan 2027}, {@code 14 Jan 2027 09:30 EST}). Templates call it as
 * {@code @dates}.
 */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z",
			Locale.ENGLISH);

	private final OrganisationTimeZone zone;

	Dates(OrganisationTimeZone zone) {
		this.zone = zone;
	}

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(this.zone.get()));
	}

	public ZoneId zone() {
		return this.zone.get();
	}

}
