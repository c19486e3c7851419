package health.covenant.notifications;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import health.covenant.identity.NotificationPreference;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationService;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.VendorRisk;

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

	private final OutboxRows outbox;

	ReminderEngine(ObligationService obligations, ReminderSettings settings, UserService users, MailComposer composer,
			JdbcClient jdbc, NamedParameterJdbcTemplate batches, TransactionTemplate transactions,
			OrganisationClock clock, ActionLinks links, OutboxRows outbox) {
		this.outbox = outbox;
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

	/**
	 * One run for {@code day}, however long it takes: reconcile, sweep, compose. Idempotent. The rules,
	 * the link secret and the users are read once a run (users once a batch), so a run costs a fixed
	 * number of statements per batch of obligations or e-mails, never per e-mail.
	 */
	RunResult run(LocalDate day) {
		long start = System.nanoTime();
		int[] counts = new int[4];
		SystemActor.runAs(() -> {
			counts[0] = this.obligations.reconcile(day);
			Map<ObligationKind, ReminderRule> rules = rules();
			Recipients recipients = new Recipients();
			int[] swept = sweep(day, rules, recipients);
			counts[1] = swept[0];
			counts[2] = swept[1];
			counts[3] = compose(day, this.composer.runContext(rules), recipients);
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

	/**
	 * Steps (1) and (2) of a run for {@code day} without composing e-mails: records the reminders due
	 * that day in the ledger and when to look at each obligation next. The data generator calls it for
	 * the day before the generation day, so that the database is in the state a daily-running
	 * installation would be in (it then marks the recorded reminders as sent). Returns the reminders
	 * recorded.
	 */
	public int recordReminders(LocalDate day) {
		int[] recorded = new int[1];
		SystemActor.runAs(() -> {
			this.obligations.reconcile(day);
			recorded[0] = sweep(day, rules(), new Recipients())[1];
		});
		return recorded[0];
	}

	private Map<ObligationKind, ReminderRule> rules() {
		Map<ObligationKind, ReminderRule> rules = new EnumMap<>(ObligationKind.class);
		this.settings.rules().forEach((rule) -> rules.put(rule.kind(), rule));
		return rules;
	}

	private int[] sweep(LocalDate today, Map<ObligationKind, ReminderRule> rules, Recipients recipients) {
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
	 * Records the reminders of one batch of obligations and when to look at each next: the batch's
	 * owners not yet known in one query, then two JDBC batches in one transaction, whatever the number
	 * of obligations and recipients.
	 */
	private int remind(List<Obligation> batch, Map<ObligationKind, ReminderRule> rules, LocalDate today,
			Recipients recipients) {
		Timestamp now = Timestamp.from(this.clock.now());
		recipients.load(batch.stream().map(Obligation::ownerUserId).filter(Objects::nonNull).toList());
		List<SqlParameterSource> reminders = new ArrayList<>();
		Map<Long, LocalDate> next = new LinkedHashMap<>();
		for (Obligation obligation : batch) {
			ReminderRule rule = rules.getOrDefault(obligation.kind(), ReminderRule.fallback(obligation.kind()));
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

	/**
	 * Who hears about an obligation, and the users a run mails: each role's users are read once a run,
	 * individual users once a run too, those of a batch in one query.
	 */
	private final class Recipients {

		private final Map<Role, List<UserSummary>> byRole = new EnumMap<>(Role.class);

		private final Map<Long, Optional<UserSummary>> byId = new HashMap<>();

		/** Reads the users among {@code ids} not read yet, in one query. */
		void load(Collection<Long> ids) {
			List<Long> missing = ids.stream().distinct().filter((id) -> !this.byId.containsKey(id)).toList();
			if (missing.isEmpty()) {
				return;
			}
			users.findAllById(missing).forEach((user) -> this.byId.put(user.id(), Optional.of(user)));
			missing.forEach((id) -> this.byId.putIfAbsent(id, Optional.empty()));
		}

		/** An enabled user, if there is one with this id. */
		Optional<UserSummary> enabled(long id) {
			load(List.of(id));
			return this.byId.get(id).filter(UserSummary::enabled);
		}

		List<UserSummary> withRole(Role role) {
			return this.byRole.computeIfAbsent(role, users::usersWithRole);
		}

		Set<UserSummary> of(Obligation obligation, ReminderRule rule, ReminderPlan.Occasion occasion) {
			Set<UserSummary> recipients = new LinkedHashSet<>();
			if (occasion == ReminderPlan.Occasion.MISSED) {
				if (obligation.ownerUserId() != null) {
					enabled(obligation.ownerUserId()).ifPresent(recipients::add);
				}
				rule.escalationRoles().forEach((role) -> recipients.addAll(withRole(role)));
				if (recipients.isEmpty()) {
					recipients.addAll(withRole(Role.ADMIN));
				}
				return recipients;
			}
			if (occasion == ReminderPlan.Occasion.ESCALATION) {
				rule.escalationRoles().forEach((role) -> recipients.addAll(withRole(role)));
				return recipients;
			}
			if (rule.notifyOwner() && obligation.ownerUserId() != null) {
				enabled(obligation.ownerUserId()).ifPresent(recipients::add);
			}
			rule.recipientRoles().forEach((role) -> recipients.addAll(withRole(role)));
			if (recipients.isEmpty()) {
				// Nobody would hear about it: tell the administrators rather than nobody.
				recipients.addAll(withRole(Role.ADMIN));
			}
			return recipients;
		}

	}

	/**
	 * Turns the reminders not yet in an e-mail into outbox e-mails, recipient by recipient: a digest
	 * user's reminders in one transaction (one digest), the others' in batches of {@value #BATCH}
	 * reminders, each batch in its own transaction with a fixed number of statements (its reminders,
	 * their obligations, the e-mails as one JDBC batch, their ids, the reminders' links as one JDBC
	 * batch). Each transaction holds the compose lock, so instances compose one after the other.
	 */
	private int compose(LocalDate today, MailComposer.RunContext run, Recipients recipients) {
		List<Long> userIds = this.jdbc
			.sql("SELECT DISTINCT recipient_user_id FROM reminder WHERE notification_id IS NULL ORDER BY 1")
			.query(Long.class)
			.list();
		recipients.load(userIds);
		int queued = 0;
		for (long userId : userIds) {
			Optional<UserSummary> recipient = recipients.enabled(userId);
			boolean digest = recipient.isPresent()
					&& recipient.get().notificationPreference() == NotificationPreference.DAILY_DIGEST;
			long afterId = 0;
			while (true) {
				long after = afterId;
				Batch batch = this.transactions.execute((status) -> {
					this.jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", COMPOSE_LOCK).query((rs) -> {
					});
					List<PendingReminder> pending = pending(userId, after, digest ? Integer.MAX_VALUE : BATCH);
					if (pending.isEmpty()) {
						return null;
					}
					int count = composeFor(recipient, pending, today, run, digest);
					return new Batch(pending.get(pending.size() - 1).id(), count);
				});
				if (batch == null) {
					break;
				}
				queued += batch.queued();
				afterId = batch.lastId();
				if (digest) {
					break;
				}
			}
		}
		return queued;
	}

	private record Batch(long lastId, int queued) {
	}

	private List<PendingReminder> pending(long userId, long afterId, int limit) {
		return this.jdbc.sql("""
				SELECT id, dedup_key, obligation_id, recipient_user_id, occasion, due_date FROM reminder
				WHERE notification_id IS NULL AND recipient_user_id = :user AND id > :after
				ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
			.param("user", userId)
			.param("after", afterId)
			.param("limit", limit)
			.query((rs, row) -> new PendingReminder(rs.getLong("id"), rs.getString("dedup_key"),
					rs.getLong("obligation_id"), rs.getLong("recipient_user_id"),
					ReminderPlan.Occasion.valueOf(rs.getString("occasion")), rs.getDate("due_date").toLocalDate()))
			.list();
	}

	private int composeFor(Optional<UserSummary> found, List<PendingReminder> reminders, LocalDate today,
			MailComposer.RunContext run, boolean digest) {
		Map<Long, Obligation> obligationsById = new HashMap<>();
		this.obligations.findAll(reminders.stream().map(PendingReminder::obligationId).distinct().toList())
			.forEach((o) -> obligationsById.put(o.id(), o));
		// each line shows its vendor's tier and score: read once for the batch
		Map<Long, VendorRisk> risks = this.composer.risksOf(obligationsById.values());
		List<PendingReminder> live = new ArrayList<>();
		List<PendingReminder> obsolete = new ArrayList<>();
		for (PendingReminder reminder : reminders) {
			Obligation obligation = obligationsById.get(reminder.obligationId());
			if (found.isEmpty() || obligation == null || obligation.done()
					|| !obligation.dueDate().equals(reminder.dueDate())) {
				obsolete.add(reminder);
			}
			else {
				live.add(reminder);
			}
		}
		if (!obsolete.isEmpty()) {
			assign(obsolete, 0L);
		}
		if (live.isEmpty()) {
			return 0;
		}
		UserSummary recipient = found.get();
		if (digest) {
			List<MailComposer.Item> items = live.stream()
				.map((r) -> this.composer.item(recipient, obligationsById.get(r.obligationId()), r.occasion(), today,
						run, risks))
				.toList();
			Long id = this.outbox.insert("digest|u" + recipient.id() + "|" + today, recipient,
					this.composer.digest(recipient, items, today));
			if (id == null) {
				// Today's digest already went out; these wait for tomorrow's.
				return 0;
			}
			assign(live, id);
			return 1;
		}
		Timestamp now = Timestamp.from(this.clock.now());
		List<SqlParameterSource> mails = new ArrayList<>(live.size());
		for (PendingReminder reminder : live) {
			MailComposer.Item item = this.composer.item(recipient, obligationsById.get(reminder.obligationId()),
					reminder.occasion(), today, run, risks);
			MailComposer.Composed mail = this.composer.reminder(recipient, item);
			mails.add(new MapSqlParameterSource().addValue("key", "reminder|" + reminder.dedupKey())
				.addValue("user", recipient.id())
				.addValue("email", recipient.email())
				.addValue("subject", mail.subject())
				.addValue("content", this.composer.toJson(mail.content()))
				.addValue("now", now));
		}
		int inserted = 0;
		for (int count : this.batches.batchUpdate("""
				INSERT INTO notification (dedup_key, recipient_user_id, recipient_email, subject, content,
				    status, attempts, next_attempt_at, created_at, created_by, updated_at, updated_by)
				VALUES (:key, :user, :email, :subject, CAST(:content AS jsonb), 'PENDING', 0, :now, :now, 'system', :now,
				    'system')
				ON CONFLICT (dedup_key) DO NOTHING""", mails.toArray(SqlParameterSource[]::new))) {
			inserted += Math.max(count, 0);
		}
		// The e-mail of each reminder: the one just queued, or the one an earlier, interrupted run queued.
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.sql("SELECT id, dedup_key FROM notification WHERE dedup_key IN (:keys)")
			.param("keys", live.stream().map((r) -> "reminder|" + r.dedupKey()).toList())
			.query((rs) -> {
				ids.put(rs.getString("dedup_key"), rs.getLong("id"));
			});
		this.batches.batchUpdate("UPDATE reminder SET notification_id = :n, version = version + 1 WHERE id = :id",
				live.stream()
					.map((r) -> new MapSqlParameterSource().addValue("id", r.id())
						.addValue("n", ids.get("reminder|" + r.dedupKey())))
					.toArray(SqlParameterSource[]::new));
		return inserted;
	}

	private void assign(List<PendingReminder> reminders, long notificationId) {
		this.jdbc.sql("UPDATE reminder SET notification_id = :n, version = version + 1 WHERE id IN (:ids)")
			.param("n", notificationId)
			.param("ids", reminders.stream().map(PendingReminder::id).toList())
			.update();
	}

}
