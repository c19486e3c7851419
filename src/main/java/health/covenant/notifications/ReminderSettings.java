package health.covenant.notifications;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.identity.Role;
import health.covenant.obligations.ObligationAudience;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationService;
import health.covenant.shared.Actor;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.OrganisationTimeZone;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminder rules per obligation kind and the delivery settings, kept in the database and audited.
 * The rules' recipient roles are also who may act on an obligation ({@link ObligationAudience}).
 */
@Service
public class ReminderSettings implements ObligationAudience {

	private final JdbcClient jdbc;

	private final AuditService audit;

	private final ObligationService obligations;

	private final NotificationProperties properties;

	private final Clock clock;

	private final OrganisationTimeZone organisationZone;

	ReminderSettings(JdbcClient jdbc, AuditService audit, ObligationService obligations,
			NotificationProperties properties, Clock clock, OrganisationTimeZone organisationZone) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.obligations = obligations;
		this.properties = properties;
		this.clock = clock;
		this.organisationZone = organisationZone;
	}

	/**
	 * At start-up: a database whose time zone no administrator has set yet takes the configured
	 * {@code COVENANT_TIME_ZONE}; then the stored zone becomes the organisation's zone for the
	 * whole application.
	 */
	@Transactional
	public void adoptOrganisationTimeZone() {
		this.jdbc.sql("""
				UPDATE notification_settings SET time_zone = :zone
				WHERE updated_by = 'system' AND time_zone <> :zone""")
			.param("zone", this.organisationZone.configured().getId())
			.update();
		delivery();
	}

	/** One rule per obligation kind, in the kinds' order. */
	@Transactional(readOnly = true)
	public List<ReminderRule> rules() {
		Map<ObligationKind, ReminderRule> stored = new LinkedHashMap<>();
		this.jdbc.sql("SELECT * FROM reminder_rule").query((rs, row) -> {
			ReminderRule rule = new ReminderRule(ObligationKind.valueOf(rs.getString("kind")),
					parseOffsets(rs.getString("offsets")), rs.getBoolean("notify_owner"),
					parseRoles(rs.getString("recipient_roles")), rs.getInt("overdue_repeat_days"),
					rs.getInt("escalate_after_days"), parseRoles(rs.getString("escalation_roles")),
					rs.getLong("version"));
			return rule;
		}).list().forEach((rule) -> stored.put(rule.kind(), rule));
		return Arrays.stream(ObligationKind.values())
			.map((kind) -> stored.getOrDefault(kind, ReminderRule.fallback(kind)))
			.toList();
	}

	@Transactional(readOnly = true)
	public ReminderRule rule(ObligationKind kind) {
		return rules().stream().filter((r) -> r.kind() == kind).findFirst().orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Role> recipientRoles(ObligationKind kind) {
		return rule(kind).recipientRoles();
	}

	/**
	 * Saves a rule (the version must match, else {@link ConcurrentEditException}) and makes the engine
	 * look at every open obligation again at its next run.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void updateRule(ReminderRule rule) {
		ReminderRule before = rule(rule.kind());
		Timestamp now = Timestamp.from(this.clock.instant());
		int updated;
		if (before.version() < 0) {
			updated = this.jdbc.sql("""
					INSERT INTO reminder_rule (kind, offsets, notify_owner, recipient_roles, overdue_repeat_days,
					    escalate_after_days, escalation_roles, created_at, created_by, updated_at, updated_by)
					VALUES (:kind, :offsets, :owner, :roles, :repeat, :escalate, :escalationRoles, :now, :actor, :now, :actor)
					ON CONFLICT (kind) DO NOTHING""")
				.params(ruleParams(rule, now))
				.update();
		}
		else {
			updated = this.jdbc.sql("""
					UPDATE reminder_rule SET offsets = :offsets, notify_owner = :owner, recipient_roles = :roles,
					    overdue_repeat_days = :repeat, escalate_after_days = :escalate, escalation_roles = :escalationRoles,
					    updated_at = :now, updated_by = :actor, version = version + 1
					WHERE kind = :kind AND version = :version""")
				.params(ruleParams(rule, now))
				.param("version", rule.version())
				.update();
		}
		if (updated != 1) {
			throw new ConcurrentEditException("ReminderRule", rule.kind());
		}
		AuditChanges changes = AuditChanges.diff(snapshot(before), snapshot(rule));
		this.audit.record("REMINDER_RULE_CHANGED", "ReminderRule", rule.kind().name(),
				"Changed reminder rule for " + rule.kind(), changes);
		this.obligations.rescheduleAllOpen();
	}

	private Map<String, Object> ruleParams(ReminderRule rule, Timestamp now) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("kind", rule.kind().name());
		params.put("offsets", formatOffsets(rule.offsets()));
		params.put("owner", rule.notifyOwner());
		params.put("roles", formatRoles(rule.recipientRoles()));
		params.put("repeat", rule.overdueRepeatDays());
		params.put("escalate", rule.escalateAfterDays());
		params.put("escalationRoles", formatRoles(rule.escalationRoles()));
		params.put("now", now);
		params.put("actor", Actor.current());
		return params;
	}

	private static Map<String, Object> snapshot(ReminderRule rule) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("offsets", formatOffsets(rule.offsets()));
		map.put("notifyOwner", rule.notifyOwner());
		map.put("recipientRoles", formatRoles(rule.recipientRoles()));
		map.put("overdueRepeatDays", rule.overdueRepeatDays());
		map.put("escalateAfterDays", rule.escalateAfterDays());
		map.put("escalationRoles", formatRoles(rule.escalationRoles()));
		return map;
	}

	/** The stored delivery settings; reading them also keeps this instance's organisation zone current. */
	@Transactional(readOnly = true)
	public DeliverySettings delivery() {
		DeliverySettings settings = this.jdbc
			.sql("SELECT time_zone, send_hour, version FROM notification_settings ORDER BY id LIMIT 1")
			.query((rs, row) -> new DeliverySettings(ZoneId.of(rs.getString("time_zone")), rs.getInt("send_hour"),
					rs.getLong("version")))
			.single();
		this.organisationZone.set(settings.timeZone());
		return settings;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void updateDelivery(DeliverySettings settings) {
		DeliverySettings before = delivery();
		int updated = this.jdbc.sql("""
				UPDATE notification_settings SET time_zone = :zone, send_hour = :hour, updated_at = :now,
				    updated_by = :actor, version = version + 1 WHERE version = :version""")
			.param("zone", settings.timeZone().getId())
			.param("hour", settings.sendHour())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("actor", Actor.current())
			.param("version", settings.version())
			.update();
		if (updated != 1) {
			throw new ConcurrentEditException("ReminderSettings", null);
		}
		this.organisationZone.set(settings.timeZone());
		this.audit.record("DELIVERY_SETTINGS_CHANGED", "NotificationSettings", null,
				"Changed reminder time zone and hour",
				AuditChanges.diff(Map.of("timeZone", before.timeZone().getId(), "sendHour", before.sendHour()),
						Map.of("timeZone", settings.timeZone().getId(), "sendHour", settings.sendHour())));
	}


	/** The secret signing e-mail links: configured, or generated once and shared through the database. */
	@Transactional
	public byte[] linkSecret() {
		if (this.properties.linkSecret() != null && !this.properties.linkSecret().isBlank()) {
			return this.properties.linkSecret().getBytes(java.nio.charset.StandardCharsets.UTF_8);
		}
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		this.jdbc.sql("UPDATE notification_settings SET link_secret = :secret WHERE link_secret IS NULL")
			.param("secret", Base64.getEncoder().encodeToString(random))
			.update();
		String secret = this.jdbc.sql("SELECT link_secret FROM notification_settings ORDER BY id LIMIT 1")
			.query(String.class)
			.single();
		return Base64.getDecoder().decode(secret);
	}

	/** The day of the last completed daily run. */
	@Transactional(readOnly = true)
	public LocalDate lastRunOn() {
		return this.jdbc.sql("SELECT last_run_on FROM notification_settings ORDER BY id LIMIT 1")
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	@Transactional
	public void recordRun(LocalDate day) {
		this.jdbc.sql("UPDATE notification_settings SET last_run_on = :day").param("day", day).update();
	}

	/** "120, 90,60 ,0" → [120, 90, 60, 0]; throws {@link IllegalArgumentException} on bad input. */
	public static List<Integer> parseOffsets(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<Integer> offsets = Arrays.stream(text.split("[,;\\s]+"))
			.filter((s) -> !s.isBlank())
			.map((s) -> {
				int value = Integer.parseInt(s.trim());
				if (value < 0 || value > 730) {
					throw new IllegalArgumentException("offset out of range: " + value);
				}
				return value;
			})
			.distinct()
			.sorted((a, b) -> Integer.compare(b, a))
			.toList();
		return offsets;
	}

	public static String formatOffsets(List<Integer> offsets) {
		return offsets.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	static Set<Role> parseRoles(String text) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (text != null) {
			Arrays.stream(text.split(",")).filter((s) -> !s.isBlank()).map(String::trim).map(Role::valueOf)
				.forEach(roles::add);
		}
		return roles;
	}

	static String formatRoles(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
	}

}
