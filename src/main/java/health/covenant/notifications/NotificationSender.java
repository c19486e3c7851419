package health.covenant.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox over SMTP. Each batch claims due PENDING rows with
 * {@code FOR UPDATE SKIP LOCKED} (so several instances share the work without sending a row twice),
 * sends them over one connection and marks each SENT only after the server accepted it. A failure counts an attempt and
 * waits with exponential back-off; after the configured number of attempts the row ends FAILED with
 * the error kept.
 */
@Service
public class NotificationSender {

	private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

	private static final int BATCH = 20;

	/** A claimed row: its laid-out parts, or the content the reminder run composed (laid out on sending). */
	private record Outgoing(long id, String email, String subject, String html, String text, String content,
			int attempts) {
	}

	/** What a call of {@link #sendDue()} did. */
	public record SendResult(int sent, int failedAttempts) {
	}

	private final JdbcClient jdbc;

	private final JavaMailSender mailSender;

	private final NotificationProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final MailComposer composer;

	NotificationSender(JdbcClient jdbc, JavaMailSender mailSender, NotificationProperties properties,
			TransactionTemplate transactions, Clock clock, MailComposer composer) {
		this.composer = composer;
		this.jdbc = jdbc;
		this.mailSender = mailSender;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Sends every due message, batch by batch, until none is left for now. */
	public SendResult sendDue() {
		int sent = 0;
		int failed = 0;
		while (true) {
			int[] batch = this.transactions.execute((status) -> sendBatch());
			if (batch == null || batch[0] + batch[1] == 0) {
				break;
			}
			sent += batch[0];
			failed += batch[1];
		}
		if (sent + failed > 0) {
			log.info("Outbox: {} sent, {} failed attempts", sent, failed);
		}
		return new SendResult(sent, failed);
	}

	private int[] sendBatch() {
		Instant now = this.clock.instant();
		List<Outgoing> claimed = this.jdbc.sql("""
				SELECT id, recipient_email, subject, html_body, text_body, content, attempts FROM notification
				WHERE status = 'PENDING' AND next_attempt_at <= :now
				ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED""")
			.param("now", Timestamp.from(now))
			.param("limit", BATCH)
			.query((rs, row) -> new Outgoing(rs.getLong("id"), rs.getString("recipient_email"), rs.getString("subject"),
					rs.getString("html_body"), rs.getString("text_body"), rs.getString("content"), rs.getInt("attempts")))
			.list();
		// built first, then sent over one SMTP connection for the batch (not one connection per e-mail)
		List<Outgoing> ready = new ArrayList<>();
		List<MimeMessage> mimes = new ArrayList<>();
		Map<Long, Exception> failures = new LinkedHashMap<>();
		Set<Long> laidOutNow = new HashSet<>();
		for (Outgoing message : claimed) {
			try {
				MailComposer.Mail mail = message.html() != null ? null
						: this.composer.render(message.subject(), message.content());
				Outgoing laidOut = (mail == null) ? message : new Outgoing(message.id(), message.email(),
						message.subject(), mail.html(), mail.text(), message.content(), message.attempts());
				mimes.add(mime(laidOut));
				ready.add(laidOut);
				if (mail != null) {
					laidOutNow.add(message.id());
				}
			}
			catch (MessagingException ex) {
				failures.put(message.id(), ex);
			}
		}
		Map<Object, Exception> refused = Map.of();
		if (!mimes.isEmpty()) {
			try {
				this.mailSender.send(mimes.toArray(MimeMessage[]::new));
			}
			catch (MailSendException ex) {
				refused = ex.getFailedMessages();
				if (refused.isEmpty()) {
					refused = everyOne(mimes, ex);
				}
			}
			catch (MailException ex) {
				refused = everyOne(mimes, ex);
			}
		}
		int sent = 0;
		for (int i = 0; i < ready.size(); i++) {
			Exception failure = refused.get(mimes.get(i));
			if (failure != null) {
				failures.put(ready.get(i).id(), failure);
				continue;
			}
			Outgoing message = ready.get(i);
			boolean laidOut = laidOutNow.contains(message.id());
			// the parts as sent are kept (the content they were laid out from is not needed any more)
			this.jdbc.sql("""
					UPDATE notification SET status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = NULL,
					    html_body = coalesce(:html, html_body), text_body = coalesce(:text, text_body),
					    content = CASE WHEN CAST(:html AS text) IS NULL THEN content END,
					    updated_at = :now, updated_by = 'system', version = version + 1 WHERE id = :id""")
				.param("now", Timestamp.from(now))
				.param("html", laidOut ? message.html() : null)
				.param("text", laidOut ? message.text() : null)
				.param("id", message.id())
				.update();
			sent++;
		}
		for (Outgoing message : claimed) {
			Exception ex = failures.get(message.id());
			if (ex == null) {
				continue;
			}
			int attempts = message.attempts() + 1;
			boolean last = attempts >= this.properties.maxAttempts();
			this.jdbc.sql("""
					UPDATE notification SET status = :status, attempts = :attempts, next_attempt_at = :next,
					    last_error = :error, updated_at = :now, updated_by = 'system', version = version + 1
					WHERE id = :id""")
				.param("status", last ? "FAILED" : "PENDING")
				.param("attempts", attempts)
				.param("next", Timestamp.from(now.plus(this.properties.backoffAfter(attempts))))
				.param("error", describe(ex))
				.param("now", Timestamp.from(now))
				.param("id", message.id())
				.update();
			log.warn("Sending notification {} failed (attempt {}): {}", message.id(), attempts, describe(ex));
		}
		return new int[] { sent, failures.size() };
	}

	private static Map<Object, Exception> everyOne(List<MimeMessage> mimes, Exception ex) {
		Map<Object, Exception> all = new IdentityHashMap<>();
		mimes.forEach((mime) -> all.put(mime, ex));
		return all;
	}

	private MimeMessage mime(Outgoing message) throws MessagingException {
		MimeMessage mime = this.mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
		helper.setFrom(this.properties.from());
		helper.setTo(message.email());
		helper.setSubject(message.subject());
		helper.setText(message.text(), message.html());
		mime.setHeader("X-Covenant-Notification", String.valueOf(message.id()));
		return mime;
	}

	/**
	 * A short description for administrators: the error class and the SMTP-level reason, without the
	 * message content (which may name vendors and people).
	 */
	static String describe(Exception ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
		text = text.replaceAll("[\\r\\n]+", " ");
		return text.length() > 300 ? text.substring(0, 300) : text;
	}

}
