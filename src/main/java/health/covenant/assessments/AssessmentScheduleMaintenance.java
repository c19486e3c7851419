package health.covenant.assessments;

import java.util.Set;

import health.covenant.certifications.VendorAssuranceChanged;
import health.covenant.obligations.ObligationSubjectChanged;
import health.covenant.shared.DerivedState;
import health.covenant.shared.DerivedStateMarks;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.VendorChanged;
import health.covenant.vendors.VendorRegistered;
import health.covenant.vendors.VendorRiskChanged;
import health.covenant.vendors.VendorStatusChanged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored assessment state in step with its inputs: an assessment started, answered, completed
 * or superseded, the vendor's cadence, the vendor itself (registered, PHI access, name or sub-processors
 * changed, lifecycle moved), its risk tier and its certifications (assurance that lapses pulls the next
 * assessment forward) mark the vendor; just before the transaction commits each marked vendor is recomputed
 * once, and its "assessment due" obligation is refreshed after the commit
 * ({@link ObligationSubjectChanged}). At start-up a database whose state was never computed is rebuilt.
 */
@Component
class AssessmentScheduleMaintenance implements DerivedState {

	private static final Logger log = LoggerFactory.getLogger(AssessmentScheduleMaintenance.class);

	private final AssessmentScheduleService schedules;

	private final ApplicationEventPublisher events;

	private final DerivedStateMarks marks;

	AssessmentScheduleMaintenance(AssessmentScheduleService schedules, ApplicationEventPublisher events, DerivedStateMarks marks) {
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
	void on(VendorRiskChanged event) {
		mark(event.vendorId());
	}

	@EventListener
	void on(VendorAssuranceChanged event) {
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
		if (this.marks.mark(this, vendorId)) {
			// delivered after the commit, when the recomputed state is stored
			this.events.publishEvent(new ObligationSubjectChanged(AssessmentObligations.SUBJECT_TYPE, vendorId));
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
