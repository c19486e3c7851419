package health.covenant.agreements;

import java.util.Set;

import health.covenant.certifications.VendorAssuranceChanged;
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
 * Keeps the stored compliance gaps in step with their inputs: every event that changes an input of a
 * vendor's gaps (the vendor, its lifecycle, its sub-processors, one of its agreements or their
 * clauses, its certifications) marks that vendor, and just before the transaction that changed it commits, each marked
 * vendor is recomputed once ({@link ComplianceGapService#recompute}). The change and its gaps commit
 * together, so the page after the POST is already right; without a transaction the vendor is
 * recomputed at once. At start-up, a database whose gaps were never computed is rebuilt.
 */
@Component
class ComplianceGapMaintenance implements DerivedState {

	private static final Logger log = LoggerFactory.getLogger(ComplianceGapMaintenance.class);

	private final ComplianceGapService gaps;

	private final AgreementQueries agreements;

	private final DerivedStateMarks marks;

	private final ApplicationEventPublisher events;

	ComplianceGapMaintenance(ComplianceGapService gaps, AgreementQueries agreements, DerivedStateMarks marks,
			ApplicationEventPublisher events) {
		this.marks = marks;
		this.events = events;
		this.gaps = gaps;
		this.agreements = agreements;
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
	void on(VendorAssuranceChanged event) {
		mark(event.vendorId());
	}

	@EventListener
	void on(AgreementClausesChanged event) {
		this.agreements.vendorOf(event.agreementId()).ifPresent(this::agreementsChanged);
	}

	@EventListener
	void on(ObligationSubjectChanged event) {
		if (AgreementService.ENTITY.equals(event.subjectType())) {
			this.agreements.vendorOf(event.subjectId()).ifPresent(this::agreementsChanged);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		SystemActor.runAs(() -> {
			if (this.gaps.neverComputed()) {
				long start = System.nanoTime();
				long count = this.gaps.rebuild();
				log.info("Compliance gaps rebuilt: {} in {} ms", count, (System.nanoTime() - start) / 1_000_000);
			}
		});
	}

	/** Marks the vendor and tells the other modules (risk) that its agreements changed. */
	private void agreementsChanged(long vendorId) {
		mark(vendorId);
		this.events.publishEvent(new VendorAgreementsChanged(vendorId));
	}

	private void mark(long vendorId) {
		this.marks.mark(this, vendorId);
	}

	@Override
	public int stage() {
		return DerivedState.GAPS;
	}

	@Override
	public void recompute(Set<Long> vendorIds) {
		this.gaps.recompute(vendorIds);
	}

}
