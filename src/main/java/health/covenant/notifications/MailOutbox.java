package health.covenant.notifications;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import health.covenant.identity.UserSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as other modules use it: they queue an e-mail they wrote ({@link SectionedMail}) under a
 * dedup key of their own, and the sender job delivers it like every reminder. The key is unique in the
 * outbox ({@code INSERT … ON CONFLICT DO NOTHING}), so a key queued once is never queued again: re-runs,
 * restarts and several instances queue each e-mail exactly once.
 */
@Service
@NamedInterface("api")
public class MailOutbox {

	private final JdbcClient jdbc;

	private final MailComposer composer;

	private final OutboxRows rows;

	MailOutbox(JdbcClient jdbc, MailComposer composer, OutboxRows rows) {
		this.jdbc = jdbc;
		this.composer = composer;
		this.rows = rows;
	}

	/**
	 * Queues the e-mail for the recipient unless an e-mail with this dedup key was queued before.
	 * @return whether it was queued now
	 */
	@Transactional
	public boolean queue(String dedupKey, UserSummary recipient, SectionedMail mail) {
		MailComposer.Composed composed = this.composer.sectioned(recipient, mail);
		return this.rows.insert(dedupKey, recipient, composed) != null;
	}

	/** Which of these dedup keys are in the outbox already (one indexed query). */
	@Transactional(readOnly = true)
	public Set<String> queued(Collection<String> dedupKeys) {
		if (dedupKeys.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("SELECT dedup_key FROM notification WHERE dedup_key IN (:keys)")
			.param("keys", List.copyOf(dedupKeys))
			.query(String.class)
			.list());
	}

}
