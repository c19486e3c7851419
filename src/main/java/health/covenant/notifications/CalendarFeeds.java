package health.covenant.notifications;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationQuery;
import health.covenant.obligations.ObligationService;
import health.covenant.shared.Actor;
import health.covenant.shared.CovenantProperties;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret iCalendar feed URLs ({@code /calendar/{token}.ics}): each user can create (or replace),
 * copy and revoke one. The feed lists the user's open obligations as all-day events whose UIDs derive
 * from the obligation keys, so calendar apps update events instead of duplicating them.
 * <p>
 * A feed follows its account at every request: it answers only while the account is enabled and
 * currently holds a role that works on obligations ({@link #FEED_ROLES}: those who may acknowledge
 * or snooze them); a disabled account, or one left with the read-only auditor role, gets the same
 * answer as an unknown token. Enabling or promoting the account again brings the same URL back.
 */
@Service
public class CalendarFeeds {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Roles whose holders have obligations to follow in a calendar. */
	static final Set<Role> FEED_ROLES = EnumSet.of(Role.LEGAL, Role.PROCUREMENT, Role.SECURITY_OFFICER, Role.ADMIN);

	private final JdbcClient jdbc;

	private final ObligationService obligations;

	private final AuditService audit;

	private final CovenantProperties covenant;

	private final MessageSource messages;

	private final Clock clock;

	private final UserService users;

	CalendarFeeds(JdbcClient jdbc, ObligationService obligations, AuditService audit, CovenantProperties covenant,
			MessageSource messages, Clock clock, UserService users) {
		this.jdbc = jdbc;
		this.obligations = obligations;
		this.audit = audit;
		this.covenant = covenant;
		this.messages = messages;
		this.clock = clock;
		this.users = users;
	}

	@Transactional(readOnly = true)
	public Optional<String> url(long userId) {
		return this.jdbc.sql("SELECT token FROM calendar_feed WHERE user_id = :user")
			.param("user", userId)
			.query(String.class)
			.optional()
			.map((token) -> this.covenant.baseUrl() + "/calendar/" + token + ".ics");
	}

	/** Creates a new secret URL for the user, replacing (and so revoking) any previous one. */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public String create(long userId) {
		byte[] random = new byte[24];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				INSERT INTO calendar_feed (user_id, token, created_at, created_by, updated_at, updated_by)
				VALUES (:user, :token, :now, :actor, :now, :actor)
				ON CONFLICT (user_id) DO UPDATE SET token = EXCLUDED.token, updated_at = EXCLUDED.updated_at,
				    updated_by = EXCLUDED.updated_by, version = calendar_feed.version + 1""")
			.param("user", userId)
			.param("token", token)
			.param("now", now)
			.param("actor", Actor.current())
			.update();
		this.audit.record("CALENDAR_FEED_CREATED", "User", userId, "Created a calendar feed URL", AuditChanges.none());
		return this.covenant.baseUrl() + "/calendar/" + token + ".ics";
	}

	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void revoke(long userId) {
		int deleted = this.jdbc.sql("DELETE FROM calendar_feed WHERE user_id = :user").param("user", userId).update();
		if (deleted > 0) {
			this.audit.record("CALENDAR_FEED_REVOKED", "User", userId, "Revoked the calendar feed URL",
					AuditChanges.none());
		}
	}

	/** The iCalendar text of a feed, if the token is valid and its account may still follow obligations. */
	@Transactional(readOnly = true)
	public Optional<String> render(String token) {
		if (token == null || token.length() > 64) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT user_id FROM calendar_feed WHERE token = :token")
			.param("token", token)
			.query(Long.class)
			.optional()
			.filter(this::mayFollowObligations)
			.map(this::calendarOf);
	}

	private boolean mayFollowObligations(long userId) {
		return this.users.findById(userId)
			.filter(UserSummary::enabled)
			.filter((user) -> !Collections.disjoint(user.roles(), FEED_ROLES))
			.isPresent();
	}

	private String calendarOf(long userId) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Covenant//Obligations//EN"));
		calendar.add(new Version(new net.fortuna.ical4j.model.ParameterList(), "2.0"));
		calendar.add(new CalScale("GREGORIAN"));
		calendar.add(new XProperty("X-WR-CALNAME", msg("notifications.calendar.name")));
		DtStamp stamp = new DtStamp(this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		for (Obligation obligation : this.obligations
			.search(new ObligationQuery(null, userId, null, null, null, false, false), 2000)) {
			String what = msg("notifications.what." + obligation.kind().name());
			VEvent event = new VEvent(obligation.dueDate(), obligation.dueDate().plusDays(1),
					obligation.title() + ": " + what);
			event.replace(stamp);
			event.add(new Uid(obligation.key() + "@covenant"));
			StringBuilder description = new StringBuilder(msg("notifications.why." + obligation.kind().name()));
			obligation.facts().forEach((k, v) -> description.append('\n').append(k).append(": ").append(v));
			event.add(new Description(description.toString()));
			event.add(new Url(URI.create(this.covenant.baseUrl() + obligation.link())));
			calendar.add(event);
		}
		return calendar.toString();
	}

	private String msg(String key) {
		return this.messages.getMessage(key, null, java.util.Locale.ENGLISH);
	}

}
