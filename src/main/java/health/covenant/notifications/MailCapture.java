package health.covenant.notifications;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo mode's mailbox: an embedded SMTP server (GreenMail) on a free local port whose messages
 * are kept in the database ({@code captured_mail}), so reminders can be read on
 * /notifications/mailbox without a real mail server, also after a restart. Each message is copied
 * to the database as soon as it has been sent (and before any read); GreenMail's own copy only
 * lives until the next restart. Started only when {@code spring.mail.host} is empty.
 */
public class MailCapture {

	private static final Logger log = LoggerFactory.getLogger(MailCapture.class);

	/** Most messages listed on the mailbox page. */
	static final int LIMIT = 500;

	/** A received message, decoded. */
	public record CapturedMessage(long number, String from, List<String> to, String subject, Instant receivedAt,
			String text, String html, String header) {
	}

	private final int port;

	private final JdbcClient jdbc;

	private final AuditService audit;

	private final Clock clock;

	private GreenMail greenMail;

	/**
	 * GreenMail's messages already in the database, by Message-ID (GreenMail lists its messages
	 * mailbox by mailbox, not in arrival order, so a count would not do).
	 */
	private final Set<String> stored = new HashSet<>();

	MailCapture(JdbcClient jdbc, AuditService audit, Clock clock) {
		this.port = freePort();
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port for the mail capture", ex);
		}
	}

	public int port() {
		return this.port;
	}

	public synchronized void start() {
		if (this.greenMail == null) {
			this.greenMail = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			this.greenMail.start();
			this.stored.clear();
			log.info("Mail capture listening on 127.0.0.1:{} (set SPRING_MAIL_HOST to use a real server)", this.port);
		}
	}

	/** Stops the server (messages received so far stay in the database). Tests use it to simulate an outage. */
	public synchronized void stop() {
		if (this.greenMail != null) {
			store();
			this.greenMail.stop();
			this.greenMail = null;
		}
	}

	public synchronized boolean isRunning() {
		return this.greenMail != null;
	}

	/** Copies the messages received since the last copy into the database. */
	@Transactional
	public synchronized void store() {
		if (this.greenMail == null) {
			return;
		}
		for (MimeMessage message : this.greenMail.getReceivedMessages()) {
			if (this.stored.add(identity(message))) {
				insert(message);
			}
		}
	}

	/** Forgets every captured message (tests). */
	@Transactional
	public synchronized void clear() {
		if (this.greenMail != null) {
			try {
				this.greenMail.purgeEmailFromAllMailboxes();
			}
			catch (com.icegreen.greenmail.store.FolderException ex) {
				throw new IllegalStateException("Could not clear the mail capture", ex);
			}
		}
		this.stored.clear();
		this.jdbc.sql("DELETE FROM captured_mail").update();
	}

	/** An administrator empties the mailbox (audited). Returns how many messages were deleted. */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public synchronized int clearByAdmin() {
		store();
		int count = this.jdbc.sql("SELECT count(*) FROM captured_mail").query(Integer.class).single();
		clear();
		this.audit.record("MAILBOX_CLEARED", "CapturedMail", null,
				"Cleared the demo mailbox: " + count + " captured e-mails deleted", AuditChanges.none());
		return count;
	}

	/** The captured messages, newest first (at most {@value #LIMIT}). */
	@Transactional
	public List<CapturedMessage> messages() {
		store();
		return this.jdbc.sql("SELECT * FROM captured_mail ORDER BY received_at DESC, id DESC LIMIT :limit")
			.param("limit", LIMIT)
			.query((rs, row) -> new CapturedMessage(rs.getLong("id"), rs.getString("sender"),
					splitRecipients(rs.getString("recipients")), rs.getString("subject"),
					rs.getTimestamp("received_at").toInstant(), rs.getString("text_body"), rs.getString("html_body"),
					rs.getString("notification")))
			.list();
	}

	@Transactional
	public Optional<CapturedMessage> message(long number) {
		store();
		return this.jdbc.sql("SELECT * FROM captured_mail WHERE id = :id")
			.param("id", number)
			.query((rs, row) -> new CapturedMessage(rs.getLong("id"), rs.getString("sender"),
					splitRecipients(rs.getString("recipients")), rs.getString("subject"),
					rs.getTimestamp("received_at").toInstant(), rs.getString("text_body"), rs.getString("html_body"),
					rs.getString("notification")))
			.optional();
	}

	private static List<String> splitRecipients(String recipients) {
		return recipients.isEmpty() ? List.of() : List.of(recipients.split("\n"));
	}

	private void insert(MimeMessage message) {
		try {
			String[] bodies = new String[2];
			collect(message, bodies);
			Address[] recipients = message.getAllRecipients();
			Instant receivedAt = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
					: message.getSentDate() != null ? message.getSentDate().toInstant() : this.clock.instant();
			this.jdbc.sql("""
					INSERT INTO captured_mail (sender, recipients, subject, received_at, text_body, html_body, notification)
					VALUES (:sender, :recipients, :subject, :at, :text, :html, :notification)""")
				.param("sender", truncate(message.getFrom() == null ? "" : message.getFrom()[0].toString(), 500))
				.param("recipients", truncate(recipients == null ? ""
						: String.join("\n", Arrays.stream(recipients).map(Address::toString).toList()), 2000))
				.param("subject", truncate(message.getSubject() == null ? "" : message.getSubject(), 1000))
				.param("at", Timestamp.from(receivedAt))
				.param("text", bodies[0], java.sql.Types.VARCHAR)
				.param("html", bodies[1], java.sql.Types.VARCHAR)
				.param("notification", truncate(message.getHeader("X-Covenant-Notification", null), 400),
						java.sql.Types.VARCHAR)
				.update();
		}
		catch (MessagingException | IOException ex) {
			log.warn("Unreadable captured message skipped", ex);
		}
	}

	private static String identity(MimeMessage message) {
		try {
			String id = message.getMessageID();
			return id != null ? id
					: String.join("|", String.valueOf(message.getSentDate()), String.valueOf(message.getSubject()),
							Arrays.toString(message.getAllRecipients()), String.valueOf(message.getSize()));
		}
		catch (MessagingException ex) {
			return String.valueOf(System.identityHashCode(message));
		}
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	private static void collect(Part part, String[] bodies) throws MessagingException, IOException {
		if (part.isMimeType("text/plain") && bodies[0] == null) {
			bodies[0] = String.valueOf(part.getContent());
		}
		else if (part.isMimeType("text/html") && bodies[1] == null) {
			bodies[1] = String.valueOf(part.getContent());
		}
		else if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), bodies);
			}
		}
	}

}
