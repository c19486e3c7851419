package health.covenant.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.shared.Actor;
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

	private final JdbcClient jdbc;

	private final AuditService audit;

	private final Clock clock;

	Outbox(JdbcClient jdbc, AuditService audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Newest first (index {@code notification_status_created_idx} / {@code notification_created_idx}). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public List<Entry> list(Status status, int limit) {
		String where = status == null ? "" : " WHERE status = :status";
		var spec = this.jdbc.sql("SELECT id, recipient_email, subject, status, attempts, next_attempt_at, last_error, "
				+ "sent_at, created_at FROM notification" + where + " ORDER BY created_at DESC, id DESC LIMIT :limit")
			.param("limit", limit);
		if (status != null) {
			spec = spec.param("status", status.name());
		}
		return spec.query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("recipient_email"),
				rs.getString("subject"), Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
				instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
				instant(rs.getTimestamp("sent_at")), instant(rs.getTimestamp("created_at"))))
			.list();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public Map<Status, Long> counts() {
		Map<Status, Long> counts = new LinkedHashMap<>();
		for (Status status : Status.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("SELECT status, count(*) AS n FROM notification GROUP BY status")
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
