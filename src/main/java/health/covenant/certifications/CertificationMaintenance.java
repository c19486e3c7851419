package health.covenant.certifications;

import java.util.Set;

import health.covenant.shared.DerivedState;
import health.covenant.shared.DerivedStateMarks;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.VendorChanged;
import health.covenant.vendors.VendorRegistered;
import health.covenant.vendors.VendorStatusChanged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored certification states in step with their inputs: a change of a certification
 * ({@link VendorAssuranceChanged}) or of the vendor (its name, PHI access, lifecycle) marks the vendor,
 * and just before the transaction commits each marked vendor is recomputed once
 * ({@link CertificationStateService#recompute}); without a transaction at once. At start-up, a
 * database whose states were never computed is rebuilt.
 */
@Component
class CertificationMaintenance implements DerivedState {

	private static final Logger log = LoggerFactory.getLogger(CertificationMaintenance.class);

	private final CertificationStateService states;

	private final DerivedStateMarks marks;

	CertificationMaintenance(CertificationStateService states, DerivedStateMarks marks) {
		this.marks = marks;
		this.states = states;
	}

	@EventListener
	void on(VendorAssuranceChanged event) {
		mark(event.vendorId());
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

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		SystemActor.runAs(() -> {
			if (this.states.neverComputed()) {
				long start = System.nanoTime();
				long count = this.states.rebuild();
				log.info("Certification states rebuilt: {} in {} ms", count, (System.nanoTime() - start) / 1_000_000);
			}
		});
	}

	private void mark(long vendorId) {
		this.marks.mark(this, vendorId);
	}

	@Override
	public int stage() {
		return DerivedState.CERTIFICATIONS;
	}

	@Override
	public void recompute(Set<Long> vendorIds) {
		this.states.recompute(vendorIds);
	}

}
