package health.covenant.notifications;

import java.sql.Timestamp;

import health.covenant.identity.UserSummary;
import health.covenant.shared.OrganisationClock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Inserts outbox rows for the reminder engine's digests and for {@link MailOutbox}: one statement, in the
 * caller's transaction, that does nothing when the dedup key is taken.
 */
@Component
class OutboxRows {

	private final JdbcClient jdbc;

	private final MailComposer composer;

	private final OrganisationClock clock;

	OutboxRows(JdbcClient jdbc, MailComposer composer, OrganisationClock clock) {
		this.jdbc = jdbc;
		this.composer = composer;
		this.clock = clock;
	}

	/** Inserts an outbox row; null if one with this dedup key exists already. */
	Long insert(String dedupKey, UserSummary recipient, MailComposer.Composed mail) {
		Timestamp now = Timestamp.from(this.clock.now());
		return this.jdbc.sql("""
				INSERT INTO notification (dedup_key, recipient_user_id, recipient_email, subject, content,
				    status, attempts, next_attempt_at, created_at, created_by, updated_at, updated_by)
				VALUES (:key, :user, :email, :subject, CAST(:content AS jsonb), 'PENDING', 0, :now, :now, 'system', :now,
				    'system')
				ON CONFLICT (dedup_key) DO NOTHING RETURNING id""")
			.param("key", dedupKey)
			.param("user", recipient.id())
			.param("email", recipient.email())
			.param("subject", mail.subject())
			.param("content", this.composer.toJson(mail.content()))
			.param("now", now)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

}
