package health.covenant.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.shared.Actor;
import health.covenant.shared.Keyset;
import health.covenant.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox as administrators see it: messages by status, newest first, and "retry". */
@Service
public class Outbox {

	public enum Status {

		PENDING, SENT, FAILED, CANCELLED

	}

	/** One outbox row without its bodies. */
	public record Entry(long id, String recipientEmail, String subject, Status status, int attempts,
			Instant nextAttemptAt, String lastError, Instant sentAt, Instant createdAt) {
	}

	/**
	 * A page of the outbox, newest first, and where the next pages start: {@code newer} and
	 * {@code older} are the message ids to page from (null: no such page).
	 */
	public record EntryPage(List<Entry> entries, Long newer, Long older) {
	}

	/** Status counts stop here: the page says "1,000+". */
	public static final int COUNT_CAP = 1000;

	private final JdbcClient jdbc;

	private final AuditService audit;

	private final Clock clock;

	Outbox(JdbcClient jdbc, AuditService audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A page of the outbox, newest first, by keyset on (created_at, id) (indexes
	 * {@code notification_status_created_idx} / {@code notification_created_idx}): the newest, those
	 * older than message {@code olderThan} or those newer than message {@code newerThan}. One query
	 * reading {@code size + 1} rows, however long the outbox.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public EntryPage page(Status status, Long olderThan, Long newerThan, int size) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new LinkedHashMap<>();
		if (status != null) {
			where.append(" AND status = :status");
			params.put("status", status.name());
		}
		Keyset keyset = Keyset.of(olderThan, newerThan, size);
		if (keyset.key() != null) {
			where.append(keyset.forward() ? " AND (created_at, id) > " : " AND (created_at, id) < ")
				.append("(SELECT c.created_at, c.id FROM notification c WHERE c.id = :key)");
			params.put("key", keyset.key());
		}
		params.put("limit", keyset.limit());
		List<Entry> rows = this.jdbc
			.sql("SELECT id, recipient_email, subject, status, attempts, next_attempt_at, last_error, sent_at, created_at "
					+ "FROM notification" + where + (keyset.forward() ? " ORDER BY created_at, id" : " ORDER BY created_at DESC, id DESC")
					+ " LIMIT :limit")
			.params(params)
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("recipient_email"), rs.getString("subject"),
					Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
					instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
					instant(rs.getTimestamp("sent_at")), instant(rs.getTimestamp("created_at"))))
			.list();
		Keyset.Slice<Entry> page = keyset.slice(rows, Entry::id);
		return new EntryPage(page.rows(), page.newer(), page.older());
	}

	/**
	 * How many messages have each status, each counted up to {@link #COUNT_CAP} + 1 (index-only reads
	 * of {@code notification_status_created_idx}): a count above the cap means "more than the cap".
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public Map<Status, Long> counts() {
		Map<Status, Long> counts = new LinkedHashMap<>();
		for (Status status : Status.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("SELECT s.status, (SELECT count(*) FROM (SELECT 1 FROM notification n WHERE n.status = s.status "
				+ "LIMIT " + (COUNT_CAP + 1) + ") AS c) AS n FROM unnest(CAST(ARRAY[:statuses] AS varchar[])) AS s(status)")
			.param("statuses", Arrays.stream(Status.values()).map(Enum::name).toList())
			.query((rs) -> {
				counts.put(Status.valueOf(rs.getString("status")), rs.getLong("n"));
			});
		return counts;
	}

	/** Puts a FAILED message back in the queue for an immediate attempt. */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void retry(long id) {
		Timestamp now = Timestamp.from(this.clock.instant());
		int updated = this.jdbc.sql("""
				UPDATE notification SET status = 'PENDING', attempts = 0, next_attempt_at = :now, updated_at = :now,
				    updated_by = :actor, version = version + 1 WHERE id = :id AND status = 'FAILED'""")
			.param("now", now)
			.param("actor", Actor.current())
			.param("id", id)
			.update();
		if (updated != 1) {
			throw new NotFoundException("Failed notification", id);
		}
		this.audit.record("NOTIFICATION_RETRIED", "Notification", id, "Queued a failed e-mail again",
				AuditChanges.none().field("status", "FAILED", "PENDING"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
