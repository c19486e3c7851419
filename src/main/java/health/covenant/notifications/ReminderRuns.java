package health.covenant.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.shared.Actor;
import health.covenant.shared.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Run reminders now": an administrator's request is stored as a run and carried out by a one-time
 * db-scheduler task (on an instance with the jobs on, never in the request). At most one run is queued or running at
 * a time across instances (a partial unique index); asking again while one is then gives that run.
 * The outbox is sent by the sender job, as after the daily run.
 */
@Service
public class ReminderRuns {

	private static final Logger log = LoggerFactory.getLogger(ReminderRuns.class);

	/** The one-time task that carries out a requested run; its data is the run's id. */
	static final TaskDescriptor<Long> TASK = TaskDescriptor.of("reminders-run-now", Long.class);

	/** Where a run stands. */
	public enum State {

		QUEUED, RUNNING, FINISHED, FAILED;

		public boolean active() {
			return this == QUEUED || this == RUNNING;
		}

	}

	/** A requested run and, once finished, what it did. */
	public record Run(long id, State state, String requestedBy, Instant requestedAt, Instant startedAt,
			Instant finishedAt, LocalDate day, Integer obligationsChanged, Integer obligationsLookedAt,
			Integer remindersCreated, Integer emailsQueued, String errorReference) {

		public boolean active() {
			return this.state.active();
		}

	}

	/**
	 * The answer to a request.
	 * @param run the run now queued, or the one already queued or running
	 * @param alreadyActive whether the request found a run queued or running and started none
	 */
	public record Requested(Run run, boolean alreadyActive) {
	}

	private final JdbcClient jdbc;

	private final ReminderEngine engine;

	private final AuditService audit;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final Clock clock;

	ReminderRuns(JdbcClient jdbc, ReminderEngine engine, AuditService audit, ObjectProvider<SchedulerClient> scheduler,
			Clock clock) {
		this.jdbc = jdbc;
		this.engine = engine;
		this.audit = audit;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	/**
	 * Queues a run (audited) and schedules its task in the same transaction, unless a run is queued
	 * or running already: then that one is the answer and nothing starts.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Requested request() {
		Timestamp now = Timestamp.from(this.clock.instant());
		Optional<Long> queued = this.jdbc.sql("""
				INSERT INTO reminder_run (state, created_at, created_by, updated_at, updated_by)
				VALUES ('QUEUED', :now, :actor, :now, :actor)
				ON CONFLICT ((TRUE)) WHERE state IN ('QUEUED', 'RUNNING') DO NOTHING RETURNING id""")
			.param("now", now)
			.param("actor", Actor.current())
			.query(Long.class)
			.optional();
		if (queued.isEmpty()) {
			return new Requested(active().orElseThrow(), true);
		}
		long id = queued.get();
		this.scheduler.getObject()
			.scheduleIfNotExists(TASK.instance(String.valueOf(id)).data(id).scheduledTo(this.clock.instant()));
		this.audit.record("REMINDERS_RUN", "ReminderRun", id, "Asked for a reminder run now", AuditChanges.none());
		return new Requested(get(id), false);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public Run get(long id) {
		return this.jdbc.sql("SELECT * FROM reminder_run WHERE id = ?")
			.param(id)
			.query(this::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("ReminderRun", id));
	}

	private Optional<Run> active() {
		return this.jdbc.sql("SELECT * FROM reminder_run WHERE state IN ('QUEUED', 'RUNNING')")
			.query(this::map)
			.optional();
	}

	/**
	 * The task's work: marks the run running, runs the engine and records the counts, or FAILED with
	 * a reference for the log. A run found RUNNING was left by an instance that died; db-scheduler
	 * hands its task to another instance, which runs it again (the engine is idempotent).
	 */
	void carryOut(long id) {
		int claimed = this.jdbc.sql("""
				UPDATE reminder_run SET state = 'RUNNING', started_at = :now, updated_at = :now,
				    updated_by = 'system', version = version + 1
				WHERE id = :id AND state IN ('QUEUED', 'RUNNING')""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
		if (claimed == 0) {
			return;
		}
		try {
			ReminderEngine.RunResult result = this.engine.run();
			this.jdbc.sql("""
					UPDATE reminder_run SET state = 'FINISHED', finished_at = :now, run_day = :day,
					    obligations_changed = :changed, obligations_looked_at = :lookedAt, reminders_created = :reminders,
					    emails_queued = :emails, updated_at = :now, updated_by = 'system', version = version + 1
					WHERE id = :id""")
				.param("now", Timestamp.from(this.clock.instant()))
				.param("day", result.day())
				.param("changed", result.obligationsChanged())
				.param("lookedAt", result.obligationsLookedAt())
				.param("reminders", result.remindersCreated())
				.param("emails", result.emailsQueued())
				.param("id", id)
				.update();
		}
		catch (RuntimeException ex) {
			String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
			log.error("Reminder run {} failed (reference {})", id, reference, ex);
			this.jdbc.sql("""
					UPDATE reminder_run SET state = 'FAILED', finished_at = :now, error_reference = :reference,
					    updated_at = :now, updated_by = 'system', version = version + 1
					WHERE id = :id""")
				.param("now", Timestamp.from(this.clock.instant()))
				.param("reference", reference)
				.param("id", id)
				.update();
		}
	}

	private Run map(ResultSet rs, int row) throws SQLException {
		java.sql.Date day = rs.getDate("run_day");
		return new Run(rs.getLong("id"), State.valueOf(rs.getString("state")), rs.getString("created_by"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
				instant(rs.getTimestamp("finished_at")), day == null ? null : day.toLocalDate(),
				rs.getObject("obligations_changed", Integer.class), rs.getObject("obligations_looked_at", Integer.class),
				rs.getObject("reminders_created", Integer.class), rs.getObject("emails_queued", Integer.class),
				rs.getString("error_reference"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
