package health.covenant.obligations;

import health.covenant.shared.SystemActor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the materialised obligations in step with their sources: after each
 * {@link ObligationSubjectChanged} (asynchronously, after the source's transaction committed, kept in
 * the event publication registry until done) and once at start-up. The daily reminder run
 * reconciles everything again.
 */
@Component
class ObligationRefresh {

	private static final Logger log = LoggerFactory.getLogger(ObligationRefresh.class);

	private final ObligationService obligations;

	ObligationRefresh(ObligationService obligations) {
		this.obligations = obligations;
	}

	@ApplicationModuleListener
	void on(ObligationSubjectChanged event) {
		this.obligations.refreshSubject(event.subjectType(), event.subjectId());
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		SystemActor.runAs(() -> {
			int changed = this.obligations.refreshAll();
			log.info("Obligations refreshed at start-up: {} changed", changed);
		});
	}

}
