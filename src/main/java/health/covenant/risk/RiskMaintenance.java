package health.covenant.risk;

import java.util.Set;

import health.covenant.agreements.VendorAgreementsChanged;
import health.covenant.assessments.AssessmentChanged;
import health.covenant.assessments.VendorFindingsChanged;
import health.covenant.certifications.VendorAssuranceChanged;
import health.covenant.incidents.VendorIncidentChanged;
import health.covenant.incidents.VendorIncidentRecorded;
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
 * Keeps the stored risk scores in step with their inputs (docs/derived-state.md): every event that
 * changes an input of a vendor's score (the vendor and its AI profile and sub-processors, its lifecycle,
 * its agreements, certifications, assessments, findings and incidents) marks the vendor, and just before
 * the transaction commits each marked vendor is recomputed once, after every other derived state (stage
 * {@link DerivedState#RISK}). A marked vendor's risk review obligation is re-read after the commit. At
 * start-up, a database whose scores were never computed is rebuilt.
 */
@Component
class RiskMaintenance implements DerivedState {

	private static final Logger log = LoggerFactory.getLogger(RiskMaintenance.class);

	private final RiskService risks;

	private final DerivedStateMarks marks;

	private final ApplicationEventPublisher events;

	RiskMaintenance(RiskService risks, DerivedStateMarks marks, ApplicationEventPublisher events) {
		this.risks = risks;
		this.marks = marks;
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
	void on(VendorAgreementsChanged event) {
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

	@EventListener
	void on(VendorFindingsChanged event) {
		mark(event.vendorId());
	}

	@EventListener
	void on(VendorIncidentRecorded event) {
		mark(event.vendorId());
	}

	@EventListener
	void on(VendorIncidentChanged event) {
		mark(event.vendorId());
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		SystemActor.runAs(() -> {
			if (this.risks.neverComputed()) {
				long start = System.nanoTime();
				int count = this.risks.rebuild();
				log.info("Risk scores rebuilt: {} vendors in {} ms", count, (System.nanoTime() - start) / 1_000_000);
			}
		});
	}

	private void mark(long vendorId) {
		if (this.marks.mark(this, vendorId)) {
			// delivered after the commit, when the recomputed score is stored
			this.events.publishEvent(new ObligationSubjectChanged(RiskObligations.SUBJECT_TYPE, vendorId));
		}
	}

	@Override
	public int stage() {
		return DerivedState.RISK;
	}

	@Override
	public void recompute(Set<Long> vendorIds) {
		this.risks.recompute(vendorIds);
	}

}
