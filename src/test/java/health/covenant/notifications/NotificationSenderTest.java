package health.covenant.notifications;

import java.sql.Timestamp;
import java.util.List;
import java.util.Set;

import health.covenant.IntegrationTest;
import health.covenant.ParksOtherTestsObligations;
import health.covenant.TestClock;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.shared.SystemActor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender sends a batch over one connection and still settles each e-mail on its own: one that cannot
 * be sent (an address the mail library refuses) counts a failed attempt and waits, the others of the same
 * batch are sent.
 */
@IntegrationTest
@ExtendWith(ParksOtherTestsObligations.class)
class NotificationSenderTest {

	@Autowired
	NotificationSender sender;

	@Autowired
	MailCapture capture;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Test
	void oneRefusedEmailInABatchFailsAloneAndTheOthersAreSent() {
		String tag = Long.toString(System.nanoTime(), 36);
		UserSummary[] user = new UserSummary[1];
		SystemActor.runAs(() -> user[0] = this.users.createUser("batch-" + tag + "@covenant.test", "Batch " + tag,
				"not-used-password-1", Set.of(Role.LEGAL), TestClock.ZONE));
		long first = queue(user[0], "first-" + tag + "@covenant.test", "First " + tag);
		long refused = queue(user[0], "two-" + tag + "@covenant.test, three-" + tag + "@covenant.test",
				"Refused " + tag);
		long last = queue(user[0], "last-" + tag + "@covenant.test", "Last " + tag);

		this.sender.sendDue();

		assertThat(status(first)).isEqualTo("SENT");
		assertThat(status(last)).isEqualTo("SENT");
		assertThat(status(refused)).isEqualTo("PENDING");
		assertThat(this.jdbc.sql("SELECT attempts, last_error FROM notification WHERE id = ?")
			.param(refused)
			.query((rs, row) -> rs.getInt(1) + " " + rs.getString(2))
			.single()).startsWith("1 AddressException");
		List<String> subjects = this.capture.messages()
			.stream()
			.map(MailCapture.CapturedMessage::subject)
			.filter((subject) -> subject.endsWith(tag))
			.toList();
		assertThat(subjects).containsExactlyInAnyOrder("First " + tag, "Last " + tag);
	}

	private long queue(UserSummary user, String email, String subject) {
		Timestamp now = Timestamp.from(this.clock.instant());
		return this.jdbc.sql("""
				INSERT INTO notification (dedup_key, recipient_user_id, recipient_email, subject, html_body, text_body,
				    status, next_attempt_at, created_at, created_by, updated_at, updated_by)
				VALUES (:key, :user, :email, :subject, '<p>body</p>', 'body', 'PENDING', :now, :now, 'test', :now, 'test')
				RETURNING id""")
			.param("key", "sender-test:" + subject)
			.param("user", user.id())
			.param("email", email)
			.param("subject", subject)
			.param("now", now)
			.query(Long.class)
			.single();
	}

	private String status(long id) {
		return this.jdbc.sql("SELECT status FROM notification WHERE id = ?").param(id).query(String.class).single();
	}

}
