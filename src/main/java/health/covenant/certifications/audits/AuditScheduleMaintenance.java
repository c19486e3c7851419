package health.covenant.certifications.audits;

import java.util.Set;

import health.covenant.obligations.ObligationSubjectChanged;
import health.covenant.shared.DerivedState;
import health.covenant.shared.DerivedStateMarks;
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

/**
 * Keeps the stored audit state in step with its inputs: an audit recorded, edited or deleted, the
 * vendor's cadence, and the vendor itself (registered, PHI access or name changed, lifecycle moved)
 * mark the vendor; just before the transaction commits each marked vendor is recomputed once, and its
 * "next audit due" obligation is refreshed after the commit ({@link ObligationSubjectChanged}). At
 * start-up, a database whose state was never computed, or computed with other default cadences or grace
 * period than the settings in force, is rebuilt.
 */
@Component
class AuditScheduleMaintenance implements DerivedState {

	private static final Logger log = LoggerFactory.getLogger(AuditScheduleMaintenance.class);

	private final AuditScheduleService schedules;

	private final ApplicationEventPublisher events;

	private final DerivedStateMarks marks;

	AuditScheduleMaintenance(AuditScheduleService schedules, ApplicationEventPublisher events, DerivedStateMarks marks) {
		this.marks = marks;
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
	void on(VendorAuditChanged event) {
		mark(event.vendorId());
	}

	@EventListener
	void on(AuditCadenceChanged event) {
		mark(event.vendorId());
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		SystemActor.runAs(() -> {
			if (this.schedules.neverComputed() || this.schedules.policyChanged()) {
				long start = System.nanoTime();
				long due = this.schedules.rebuild();
				log.info("Vendor audit schedules rebuilt: {} with a due date in {} ms", due,
						(System.nanoTime() - start) / 1_000_000);
			}
		});
	}

	private void mark(long vendorId) {
		if (this.marks.mark(this, vendorId)) {
			// delivered after the commit, when the recomputed state is stored
			this.events.publishEvent(new ObligationSubjectChanged(VendorAuditObligations.SUBJECT_TYPE, vendorId));
		}
	}

	@Override
	public int stage() {
		return DerivedState.SCHEDULES;
	}

	@Override
	public void recompute(Set<Long> vendorIds) {
		this.schedules.recompute(vendorIds);
	}

}
