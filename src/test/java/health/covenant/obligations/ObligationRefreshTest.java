package health.covenant.obligations;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Sources publish {@link ObligationSubjectChanged}; the materialised obligations follow. */
@IntegrationTest
class ObligationRefreshTest {

	@Autowired
	TestObligationSource source;

	@Autowired
	ObligationService obligations;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestClock clock;

	private long subject = System.nanoTime() % 1_000_000_000L + 5_000_000_000L;

	private ObligationDraft draft(LocalDate due, boolean done) {
		return new ObligationDraft("test-agreement:" + this.subject + ":notice",
				ObligationKind.AGREEMENT_NOTICE_DEADLINE, due, 3, TestObligationSource.SUBJECT_TYPE, this.subject,
				"Refresh " + this.subject, "/agreements/" + this.subject, null, done, Map.of("Vendor", "Acme"));
	}

	private Optional<Obligation> stored() {
		return this.obligations.search(new ObligationQuery(null, null, 3L, null, null, true, false), 1000)
			.stream()
			.filter((o) -> o.subjectId() == this.subject)
			.findFirst();
	}

	private void changed() {
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new ObligationSubjectChanged(TestObligationSource.SUBJECT_TYPE, this.subject)));
	}

	@Test
	void eventsCreateRescheduleAndFinishObligations() {
		LocalDate today = this.clock.today();
		this.source.put(this.subject, List.of(draft(today.plusDays(40), false)));
		changed();
		await().atMost(Duration.ofSeconds(10)).until(() -> stored().isPresent());
		Obligation created = stored().orElseThrow();
		assertThat(created.nextReminderOn()).isEqualTo(today);
		assertThat(created.facts()).containsEntry("Vendor", "Acme");
		assertThat(created.state(today)).isEqualTo(ObligationState.UPCOMING);

		this.obligations.scheduleNextReminder(created.id(), today.plusDays(10));
		this.source.put(this.subject, List.of(draft(today.plusDays(5), false)));
		changed();
		await().atMost(Duration.ofSeconds(10)).until(() -> stored().orElseThrow().dueDate().equals(today.plusDays(5)));
		assertThat(stored().orElseThrow().nextReminderOn()).as("a new due date is looked at again today")
			.isEqualTo(today);
		assertThat(stored().orElseThrow().state(today)).isEqualTo(ObligationState.DUE);

		this.source.put(this.subject, List.of());
		changed();
		await().atMost(Duration.ofSeconds(10)).until(() -> stored().orElseThrow().done());
		assertThat(stored().orElseThrow().nextReminderOn()).isNull();
		assertThat(stored().orElseThrow().state(today)).isEqualTo(ObligationState.DONE);
	}

}
