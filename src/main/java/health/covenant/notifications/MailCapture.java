package health.covenant.notifications;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo mode's mailbox: an embedded SMTP server (GreenMail) on a free local port that keeps
 * every message it receives in memory, so reminders can be read on /notifications/mailbox without a
 * real mail server. Started only when {@code spring.mail.host} is empty.
 */
public class MailCapture {

	private static final Logger log = LoggerFactory.getLogger(MailCapture.class);

	/** A received message, decoded. */
	public record CapturedMessage(int number, String from, List<String> to, String subject, Instant receivedAt,
			String text, String html, String header) {
	}

	private final int port;

	private GreenMail greenMail;

	MailCapture() {
		this.port = freePort();
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
			log.info("Mail capture listening on 127.0.0.1:{} (set SPRING_MAIL_HOST to use a real server)", this.port);
		}
	}

	/** Stops the server (messages received so far are dropped). Tests use it to simulate an outage. */
	public synchronized void stop() {
		if (this.greenMail != null) {
			this.greenMail.stop();
			this.greenMail = null;
		}
	}

	public synchronized boolean isRunning() {
		return this.greenMail != null;
	}

	/** Forgets the messages received so far. */
	public synchronized void clear() {
		if (this.greenMail != null) {
			try {
				this.greenMail.purgeEmailFromAllMailboxes();
			}
			catch (com.icegreen.greenmail.store.FolderException ex) {
				throw new IllegalStateException("Could not clear the mail capture", ex);
			}
		}
	}

	/** Every message received since start, newest first. */
	public synchronized List<CapturedMessage> messages() {
		if (this.greenMail == null) {
			return List.of();
		}
		MimeMessage[] received = this.greenMail.getReceivedMessages();
		List<CapturedMessage> messages = new ArrayList<>();
		for (int i = 0; i < received.length; i++) {
			messages.add(decode(i + 1, received[i]));
		}
		messages.sort(Comparator.comparingInt(CapturedMessage::number).reversed());
		return messages;
	}

	private static CapturedMessage decode(int number, MimeMessage message) {
		try {
			String[] bodies = new String[2];
			collect(message, bodies);
			Address[] recipients = message.getAllRecipients();
			return new CapturedMessage(number, message.getFrom() == null ? "" : message.getFrom()[0].toString(),
					recipients == null ? List.of() : Arrays.stream(recipients).map(Address::toString).toList(),
					message.getSubject(),
					message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
							: message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH,
					bodies[0], bodies[1], message.getHeader("X-Covenant-Notification", null));
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Unreadable captured message " + number, ex);
		}
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
