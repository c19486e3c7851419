package health.covenant.obligations;

import health.covenant.shared.SystemActor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the materialised obligations in step with their sources: after each
 * {@link ObligationSubjectChanged} (asynchronously, after the source's transaction committed, kept in
 * the event publication registry until done) and once after start-up, in the background so that the
 * application is ready without waiting for it (idempotent: several instances may do it at once).
 * The daily reminder run reconciles what the calendar moves.
 */
@Component
class ObligationRefresh {

	private static final Logger log = LoggerFactory.getLogger(ObligationRefresh.class);

	private final ObligationService obligations;

	private final TaskExecutor executor;

	ObligationRefresh(ObligationService obligations, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.obligations = obligations;
		this.executor = executor;
	}

	@ApplicationModuleListener
	void on(ObligationSubjectChanged event) {
		this.obligations.refreshSubject(event.subjectType(), event.subjectId());
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		this.executor.execute(() -> SystemActor.runAs(() -> {
			int changed = this.obligations.refreshAll();
			log.info("Obligations refreshed at start-up: {} changed", changed);
		}));
	}

}
