package health.covenant.assessments;

import java.util.LinkedHashSet;
import java.util.Set;

import health.covenant.obligations.ObligationSubjectChanged;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.VendorChanged;
import health.covenant.vendors.VendorRegistered;
import health.covenant.vendors.VendorStatusChanged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the stored assessment state in step with its inputs: an assessment started, answered, completed
 * or superseded, the vendor's cadence, and the vendor itself (registered, PHI access or name changed,
 * lifecycle moved) mark the vendor; just before the transaction commits each marked vendor is recomputed
 * once, and its "assessment due" obligation is refreshed after the commit
 * ({@link ObligationSubjectChanged}). At start-up a database whose state was never computed is rebuilt.
 */
@Component
class AssessmentScheduleMaintenance {

	private static final Logger log = LoggerFactory.getLogger(AssessmentScheduleMaintenance.class);

	private final AssessmentScheduleService schedules;

	private final ApplicationEventPublisher events;

	AssessmentScheduleMaintenance(AssessmentScheduleService schedules, ApplicationEventPublisher events) {
		this.schedules = schedules;
		this.events = events;
	}

	@EventListener
	void on(VendorRegistered event) {
		mark(event.vendorId());
	}

	@EventListener
	void on(VendorChanged event) {
		mark(event.vendorId());
	}

	@EventListener
	void on(VendorStatusChanged event) {
		mark(event.vendorId());
	}

	@EventListener
	void on(AssessmentChanged event) {
		mark(event.vendorId());
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		SystemActor.runAs(() -> {
			if (this.schedules.neverComputed()) {
				long start = System.nanoTime();
				long due = this.schedules.rebuild();
				log.info("Vendor assessment schedules rebuilt: {} with a due date in {} ms", due,
						(System.nanoTime() - start) / 1_000_000);
			}
		});
	}

	private void mark(long vendorId) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			this.schedules.recompute(Set.of(vendorId));
			this.events.publishEvent(new ObligationSubjectChanged(AssessmentObligations.SUBJECT_TYPE, vendorId));
			return;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		if (pending.vendorIds.add(vendorId)) {
			// delivered after the commit, when the recomputed state is stored
			this.events.publishEvent(new ObligationSubjectChanged(AssessmentObligations.SUBJECT_TYPE, vendorId));
		}
	}

	/** The vendors marked in one transaction, recomputed once before it commits. */
	private final class Pending implements TransactionSynchronization {

		private final Set<Long> vendorIds = new LinkedHashSet<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			AssessmentScheduleMaintenance.this.schedules.recompute(this.vendorIds);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(AssessmentScheduleMaintenance.this);
		}

	}

}
