package health.covenant.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The e-mails queued in the outbox for a user, each with {@code subject}, {@code html_body} and
 * {@code text_body} as they are (or will be) sent: a row the sender has not sent yet keeps the content
 * the reminder run composed, laid out here with the mail templates exactly as the sender will.
 */
public final class QueuedMails {

	private QueuedMails() {
	}

	public static List<Map<String, Object>> to(ApplicationContext context, long userId) {
		MailComposer composer = context.getBean(MailComposer.class);
		return context.getBean(JdbcClient.class)
			.sql("SELECT subject, html_body, text_body, content FROM notification WHERE recipient_user_id = ? ORDER BY id")
			.param(userId)
			.query((rs, row) -> {
				String subject = rs.getString("subject");
				String html = rs.getString("html_body");
				String text = rs.getString("text_body");
				if (html == null) {
					MailComposer.Mail mail = composer.render(subject, rs.getString("content"));
					html = mail.html();
					text = mail.text();
				}
				Map<String, Object> mail = new LinkedHashMap<>();
				mail.put("subject", subject);
				mail.put("html_body", html);
				mail.put("text_body", text);
				return mail;
			})
			.list();
	}

}
