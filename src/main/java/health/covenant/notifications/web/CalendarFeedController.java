package health.covenant.notifications.web;

import health.covenant.notifications.CalendarFeeds;
import health.covenant.shared.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /calendar/{token}.ics}: the secret iCalendar feed, fetched by calendar apps without signing in. */
@Controller
class CalendarFeedController {

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final CalendarFeeds feeds;

	CalendarFeedController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		String calendar = this.feeds.render(token).orElseThrow(() -> new NotFoundException("Calendar feed", "token"));
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore())
			.header("X-Robots-Tag", "noindex")
			.body(calendar);
	}

}
