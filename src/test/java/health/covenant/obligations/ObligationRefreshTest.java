package health.covenant.obligations;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.shared.SystemActor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	@Autowired
	JdbcClient jdbc;

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

	@Test
	void twoRefreshesOfOneSubjectTakeTurnsSoTheLaterChangeWins() throws Exception {
		LocalDate today = this.clock.today();
		this.source.put(this.subject, List.of(draft(today.plusDays(40), false)));
		SystemActor.runAs(() -> this.obligations.refreshSubject(TestObligationSource.SUBJECT_TYPE, this.subject));
		CountDownLatch firstHasRead = new CountDownLatch(1);
		CountDownLatch letFirstGoOn = new CountDownLatch(1);
		this.source.afterReading(this.subject, () -> {
			firstHasRead.countDown();
			await().atMost(Duration.ofSeconds(30)).until(() -> letFirstGoOn.getCount() == 0);
		});
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			// the first refresh reads the subject (due in 30 days) and is held before it writes
			this.source.put(this.subject, List.of(draft(today.plusDays(30), false)));
			Future<?> first = threads.submit(() -> SystemActor
				.runAs(() -> this.obligations.refreshSubject(TestObligationSource.SUBJECT_TYPE, this.subject)));
			assertThat(firstHasRead.await(30, TimeUnit.SECONDS)).isTrue();
			// the subject changes again and the second refresh starts
			this.source.put(this.subject, List.of(draft(today.plusDays(20), false)));
			Future<?> second = threads.submit(() -> SystemActor
				.runAs(() -> this.obligations.refreshSubject(TestObligationSource.SUBJECT_TYPE, this.subject)));
			// it waits for the first one's turn (or, without turns, it has written already)
			await().atMost(Duration.ofSeconds(30)).until(() -> second.isDone() || waitingForATurn() > 0);
			letFirstGoOn.countDown();
			first.get(30, TimeUnit.SECONDS);
			second.get(30, TimeUnit.SECONDS);
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(stored().orElseThrow().dueDate()).as("the obligation of the later change").isEqualTo(today.plusDays(20));
	}

	private long waitingForATurn() {
		return this.jdbc.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
			.query(Long.class)
			.single();
	}

}
