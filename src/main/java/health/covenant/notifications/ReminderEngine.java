package health.covenant.notifications;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import health.covenant.identity.NotificationPreference;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationService;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.SystemActor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder engine. A run (1) reconciles the obligations with their sources, (2)
 * looks only at obligations whose next-reminder day has come, records one reminder per step reached
 * and recipient ({@code INSERT … ON CONFLICT DO NOTHING} on a dedup key made of obligation, due date,
 * step and recipient) and schedules the next look, and (3) turns new reminders into outbox e-mails:
 * one each for people on immediate e-mails, one digest a day for the others. Re-runs, restarts and
 * parallel runs on several instances never produce a second copy.
 */
@Service
public class ReminderEngine {

	private static final Logger log = LoggerFactory.getLogger(ReminderEngine.class);

	/** Advisory lock serialising step (3) across instances. */
	private static final long COMPOSE_LOCK = 0x436f76656e616e74L;

	private static final int BATCH = 200;

	/** What a run did. */
	public record RunResult(LocalDate day, int obligationsChanged, int obligationsLookedAt, int remindersCreated,
			int emailsQueued, long millis) {
	}

	private record PendingReminder(long id, String dedupKey, long obligationId, long recipientUserId,
			ReminderPlan.Occasion occasion, LocalDate dueDate) {
	}

	private final ObligationService obligations;

	private final ReminderSettings settings;

	private final UserService users;

	private final MailComposer composer;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	private final TransactionTemplate transactions;

	private final OrganisationClock clock;

	private final ActionLinks links;

	ReminderEngine(ObligationService obligations, ReminderSettings settings, UserService users, MailComposer composer,
			JdbcClient jdbc, NamedParameterJdbcTemplate batches, TransactionTemplate transactions,
			OrganisationClock clock, ActionLinks links) {
		this.batches = batches;
		this.links = links;
		this.obligations = obligations;
		this.settings = settings;
		this.users = users;
		this.composer = composer;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The scheduled daily run: runs once a day, at or after the configured hour. The run is for the
	 * organisation's day on which it starts and records that day, even if it ends after midnight.
	 */
	public Optional<RunResult> runIfDue() {
		DeliverySettings delivery = this.settings.delivery();
		LocalDateTime local = LocalDateTime.ofInstant(this.clock.now(), this.clock.zone());
		LocalDate day = local.toLocalDate();
		LocalDate last = this.settings.lastRunOn();
		if (local.getHour() < delivery.sendHour() || (last != null && !last.isBefore(day))) {
			return Optional.empty();
		}
		RunResult result = run(day);
		this.settings.recordRun(day);
		log.info("Daily reminder run {} done: {} obligations looked at, {} reminders in {} ms", day,
				result.obligationsLookedAt(), result.remindersCreated(), result.millis());
		return Optional.of(result);
	}

	/** One run for today (the organisation's day now): reconcile, sweep, compose. Idempotent. */
	public RunResult run() {
		return run(this.clock.today());
	}

	/** One run for {@code day}, however long it takes: reconcile, sweep, compose. Idempotent. */
	RunResult run(LocalDate day) {
		long start = System.nanoTime();
		int[] counts = new int[4];
		SystemActor.runAs(() -> {
			counts[0] = this.obligations.reconcile(day);
			int[] swept = sweep(day);
			counts[1] = swept[0];
			counts[2] = swept[1];
			counts[3] = compose(day);
			this.links.forgetExpired(day);
		});
		RunResult result = new RunResult(day, counts[0], counts[1], counts[2], counts[3],
				(System.nanoTime() - start) / 1_000_000);
		if (result.remindersCreated() + result.emailsQueued() + result.obligationsChanged() > 0) {
			log.info("Reminder run {}: {} obligations changed, {} looked at, {} reminders, {} e-mails queued in {} ms",
				result.day(), result.obligationsChanged(), result.obligationsLookedAt(), result.remindersCreated(),
				result.emailsQueued(), result.millis());
		}
		return result;
	}

	private int[] sweep(LocalDate today) {
		Map<health.covenant.obligations.ObligationKind, ReminderRule> rules = new LinkedHashMap<>();
		this.settings.rules().forEach((rule) -> rules.put(rule.kind(), rule));
		Recipients recipients = new Recipients();
		int lookedAt = 0;
		int created = 0;
		long afterId = 0;
		while (true) {
			List<Obligation> batch = this.obligations.dueForReminder(today, afterId, BATCH);
			if (batch.isEmpty()) {
				break;
			}
			afterId = batch.get(batch.size() - 1).id();
			lookedAt += batch.size();
			Integer made = this.transactions.execute((status) -> remind(batch, rules, today, recipients));
			created += made == null ? 0 : made;
		}
		return new int[] { lookedAt, created };
	}

	/**
	 * Records the reminders of one batch of obligations and when to look at each next: two JDBC
	 * batches in one transaction, whatever the number of obligations and recipients.
	 */
	private int remind(List<Obligation> batch, Map<health.covenant.obligations.ObligationKind, ReminderRule> rules,
			LocalDate today, Recipients recipients) {
		Timestamp now = Timestamp.from(this.clock.now());
		List<SqlParameterSource> reminders = new ArrayList<>();
		Map<Long, LocalDate> next = new LinkedHashMap<>();
		for (Obligation obligation : batch) {
			ReminderRule rule = rules.get(obligation.kind());
			LocalDate missedOn = obligation.lastMissed(today);
			ReminderPlan.Result plan = ReminderPlan.evaluate(rule, obligation.dueDate(), today, obligation.done(),
					obligation.isAcknowledged(), obligation.snoozedUntil(), obligation.kind().lapses(), missedOn);
			for (ReminderPlan.Step step : plan.steps()) {
				for (UserSummary recipient : recipients.of(obligation, rule, step.occasion())) {
					// A missed deadline is said once per missed day, whatever the due date has moved on to.
					LocalDate keyDate = step.occasion() == ReminderPlan.Occasion.MISSED ? missedOn : obligation.dueDate();
					String key = obligation.key() + "|" + keyDate + "|" + step.occasion().name().toLowerCase() + "-"
							+ step.step() + "|u" + recipient.id();
					reminders.add(new MapSqlParameterSource().addValue("key", key)
						.addValue("obligation", obligation.id())
						.addValue("user", recipient.id())
						.addValue("occasion", step.occasion().name())
						.addValue("step", step.step())
						.addValue("due", obligation.dueDate())
						.addValue("today", today)
						.addValue("now", now));
				}
			}
			next.put(obligation.id(), plan.next());
		}
		int created = 0;
		if (!reminders.isEmpty()) {
			for (int count : this.batches.batchUpdate("""
					INSERT INTO reminder (dedup_key, obligation_id, recipient_user_id, occasion, step, due_date,
					    reminded_on, created_at, created_by, updated_at, updated_by)
					VALUES (:key, :obligation, :user, :occasion, :step, :due, :today, :now, 'system', :now, 'system')
					ON CONFLICT (dedup_key) DO NOTHING""", reminders.toArray(SqlParameterSource[]::new))) {
				created += Math.max(count, 0);
			}
		}
		this.obligations.scheduleNextReminders(next);
		return created;
	}

	/** Who hears about an obligation; users are looked up once a run. */
	private final class Recipients {

		private final Map<Role, List<UserSummary>> byRole = new LinkedHashMap<>();

		private final Map<Long, Optional<UserSummary>> byId = new LinkedHashMap<>();

		Set<UserSummary> of(Obligation obligation, ReminderRule rule, ReminderPlan.Occasion occasion) {
			return recipients(obligation, rule, occasion, this.byRole, this.byId);
		}

	}

	private Set<UserSummary> recipients(Obligation obligation, ReminderRule rule, ReminderPlan.Occasion occasion,
			Map<Role, List<UserSummary>> byRole, Map<Long, Optional<UserSummary>> byId) {
		Set<UserSummary> recipients = new LinkedHashSet<>();
		if (occasion == ReminderPlan.Occasion.MISSED) {
			if (obligation.ownerUserId() != null) {
				byId.computeIfAbsent(obligation.ownerUserId(), this.users::findById)
					.filter(UserSummary::enabled)
					.ifPresent(recipients::add);
			}
			rule.escalationRoles().forEach((role) -> recipients.addAll(withRole(role, byRole)));
			if (recipients.isEmpty()) {
				recipients.addAll(withRole(Role.ADMIN, byRole));
			}
			return recipients;
		}
		if (occasion == ReminderPlan.Occasion.ESCALATION) {
			rule.escalationRoles().forEach((role) -> recipients.addAll(withRole(role, byRole)));
			return recipients;
		}
		if (rule.notifyOwner() && obligation.ownerUserId() != null) {
			byId.computeIfAbsent(obligation.ownerUserId(), this.users::findById)
				.filter(UserSummary::enabled)
				.ifPresent(recipients::add);
		}
		rule.recipientRoles().forEach((role) -> recipients.addAll(withRole(role, byRole)));
		if (recipients.isEmpty()) {
			// Nobody would hear about it: tell the administrators rather than nobody.
			recipients.addAll(withRole(Role.ADMIN, byRole));
		}
		return recipients;
	}

	private List<UserSummary> withRole(Role role, Map<Role, List<UserSummary>> byRole) {
		return byRole.computeIfAbsent(role, this.users::usersWithRole);
	}

	private int compose(LocalDate today) {
		Integer queued = this.transactions.execute((status) -> {
			this.jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", COMPOSE_LOCK).query((rs) -> {
			});
			List<PendingReminder> pending = this.jdbc.sql("""
					SELECT id, dedup_key, obligation_id, recipient_user_id, occasion, due_date FROM reminder
					WHERE notification_id IS NULL ORDER BY recipient_user_id, id FOR UPDATE SKIP LOCKED""")
				.query((rs, row) -> new PendingReminder(rs.getLong("id"), rs.getString("dedup_key"),
						rs.getLong("obligation_id"), rs.getLong("recipient_user_id"),
						ReminderPlan.Occasion.valueOf(rs.getString("occasion")), rs.getDate("due_date").toLocalDate()))
				.list();
			Map<Long, List<PendingReminder>> byUser = new LinkedHashMap<>();
			pending.forEach((r) -> byUser.computeIfAbsent(r.recipientUserId(), (k) -> new ArrayList<>()).add(r));
			Map<Long, Obligation> obligationsById = new LinkedHashMap<>();
			this.obligations.findAll(pending.stream().map(PendingReminder::obligationId).distinct().toList())
				.forEach((o) -> obligationsById.put(o.id(), o));
			int count = 0;
			for (Map.Entry<Long, List<PendingReminder>> entry : byUser.entrySet()) {
				count += composeFor(entry.getKey(), entry.getValue(), obligationsById, today);
			}
			return count;
		});
		return queued == null ? 0 : queued;
	}

	private int composeFor(long userId, List<PendingReminder> reminders, Map<Long, Obligation> obligationsById,
			LocalDate today) {
		Optional<UserSummary> found = this.users.findById(userId).filter(UserSummary::enabled);
		List<PendingReminder> live = new ArrayList<>();
		for (PendingReminder reminder : reminders) {
			Obligation obligation = obligationsById.get(reminder.obligationId());
			boolean obsolete = found.isEmpty() || obligation == null || obligation.done()
					|| !obligation.dueDate().equals(reminder.dueDate());
			if (obsolete) {
				assign(List.of(reminder), 0L);
			}
			else {
				live.add(reminder);
			}
		}
		if (live.isEmpty()) {
			return 0;
		}
		UserSummary recipient = found.get();
		int count = 0;
		if (recipient.notificationPreference() == NotificationPreference.DAILY_DIGEST) {
			List<MailComposer.Item> items = live.stream()
				.map((r) -> this.composer.item(recipient, obligationsById.get(r.obligationId()), r.occasion(), today))
				.toList();
			Long id = enqueue("digest|u" + userId + "|" + today, recipient,
					this.composer.digest(recipient, items, today));
			if (id != null) {
				assign(live, id);
				count++;
			}
			// else: today's digest already went out; these wait for tomorrow's.
		}
		else {
			for (PendingReminder reminder : live) {
				MailComposer.Item item = this.composer.item(recipient, obligationsById.get(reminder.obligationId()),
						reminder.occasion(), today);
				Long id = enqueue("reminder|" + reminder.dedupKey(), recipient, this.composer.reminder(recipient, item));
				if (id == null) {
					id = this.jdbc.sql("SELECT id FROM notification WHERE dedup_key = :key")
						.param("key", "reminder|" + reminder.dedupKey())
						.query(Long.class)
						.single();
				}
				else {
					count++;
				}
				assign(List.of(reminder), id);
			}
		}
		return count;
	}

	/** Inserts an outbox row; null if one with this dedup key exists already. */
	private Long enqueue(String dedupKey, UserSummary recipient, MailComposer.Mail mail) {
		Timestamp now = Timestamp.from(this.clock.now());
		return this.jdbc.sql("""
				INSERT INTO notification (dedup_key, recipient_user_id, recipient_email, subject, html_body, text_body,
				    status, attempts, next_attempt_at, created_at, created_by, updated_at, updated_by)
				VALUES (:key, :user, :email, :subject, :html, :text, 'PENDING', 0, :now, :now, 'system', :now, 'system')
				ON CONFLICT (dedup_key) DO NOTHING RETURNING id""")
			.param("key", dedupKey)
			.param("user", recipient.id())
			.param("email", recipient.email())
			.param("subject", mail.subject())
			.param("html", mail.html())
			.param("text", mail.text())
			.param("now", now)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private void assign(List<PendingReminder> reminders, long notificationId) {
		this.jdbc.sql("UPDATE reminder SET notification_id = :n, version = version + 1 WHERE id IN (:ids)")
			.param("n", notificationId)
			.param("ids", reminders.stream().map(PendingReminder::id).toList())
			.update();
	}

}
