package health.covenant;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shared test database holds the obligations of every test that ran before, and the reminder engine
 * looks at every obligation whose next-reminder day has come: their reminders go to the fixed role
 * accounts (escalations, missed deadlines, obligations without an owner) and are sent by SMTP like the
 * scenario's own. A test that steps the engine through many days parks those obligations for its duration
 * (the engine does not look at a row without a next-reminder day), so that its run time and e-mails do not
 * grow with the rest of the suite, and asserts on its own subjects alone. An obligation that the engine's
 * reconciliation changes meanwhile is scheduled again by it as usual.
 */
public final class OtherTestsObligations {

	private final JdbcClient jdbc;

	private List<Parked> parked = List.of();

	private List<ParkedMail> parkedMail = List.of();

	public OtherTestsObligations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes every scheduled obligation out of the engine's sight, and every e-mail still waiting in the outbox
	 * out of the sender's (a test that queues without sending leaves its e-mails there, and the next test
	 * that sends would send them all); what is created afterwards is not touched.
	 */
	public void park() {
		this.parkedMail = this.jdbc.sql("""
				UPDATE notification n SET next_attempt_at = 'infinity' FROM notification before
				WHERE before.id = n.id AND n.status = 'PENDING' AND n.next_attempt_at <> 'infinity'
				RETURNING n.id, before.next_attempt_at""")
			.query((rs, row) -> new ParkedMail(rs.getLong(1), rs.getTimestamp(2)))
			.list();
		this.parked = this.jdbc.sql("""
				UPDATE obligation o SET next_reminder_on = NULL FROM obligation before
				WHERE before.id = o.id AND o.next_reminder_on IS NOT NULL
				RETURNING o.id, before.next_reminder_on""")
			.query((rs, row) -> new Parked(rs.getLong(1), rs.getObject(2, LocalDate.class)))
			.list();
	}

	/**
	 * Gives back the next-reminder day of each parked obligation that is still unscheduled, and the next
	 * attempt of each parked e-mail still pending.
	 */
	public void restore() {
		for (int from = 0; from < this.parkedMail.size(); from += 500) {
			List<ParkedMail> some = this.parkedMail.subList(from, Math.min(this.parkedMail.size(), from + 500));
			List<Object> params = new ArrayList<>();
			StringBuilder values = new StringBuilder();
			for (ParkedMail mail : some) {
				values.append(values.isEmpty() ? "" : ", ").append("(CAST(? AS BIGINT), CAST(? AS TIMESTAMPTZ))");
				params.add(mail.id());
				params.add(mail.nextAttemptAt());
			}
			this.jdbc.sql("UPDATE notification n SET next_attempt_at = p.at FROM (VALUES " + values
					+ ") AS p(id, at) WHERE n.id = p.id AND n.status = 'PENDING' AND n.next_attempt_at = 'infinity'")
				.params(params)
				.update();
		}
		this.parkedMail = List.of();
		for (int from = 0; from < this.parked.size(); from += 500) {
			List<Parked> some = this.parked.subList(from, Math.min(this.parked.size(), from + 500));
			List<Object> params = new ArrayList<>();
			StringBuilder values = new StringBuilder();
			for (Parked obligation : some) {
				values.append(values.isEmpty() ? "" : ", ").append("(CAST(? AS BIGINT), CAST(? AS DATE))");
				params.add(obligation.id());
				params.add(obligation.nextReminderOn());
			}
			this.jdbc.sql("UPDATE obligation o SET next_reminder_on = p.day FROM (VALUES " + values
					+ ") AS p(id, day) WHERE o.id = p.id AND o.next_reminder_on IS NULL AND NOT o.done")
				.params(params)
				.update();
		}
		this.parked = List.of();
	}

	private record Parked(long id, LocalDate nextReminderOn) {
	}

	private record ParkedMail(long id, Timestamp nextAttemptAt) {
	}

}
