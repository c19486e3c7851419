package health.covenant.certifications;

import java.util.LinkedHashSet;
import java.util.Set;

import health.covenant.shared.SystemActor;
import health.covenant.vendors.VendorChanged;
import health.covenant.vendors.VendorRegistered;
import health.covenant.vendors.VendorStatusChanged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the stored certification states in step with their inputs: a change of a certification
 * ({@link VendorAssuranceChanged}) or of the vendor (its name, PHI access, lifecycle) marks the vendor,
 * and just before the transaction commits each marked vendor is recomputed once
 * ({@link CertificationStateService#recompute}); without a transaction at once. At start-up, a
 * database whose states were never computed is rebuilt.
 */
@Component
class CertificationMaintenance {

	private static final Logger log = LoggerFactory.getLogger(CertificationMaintenance.class);

	private final CertificationStateService states;

	CertificationMaintenance(CertificationStateService states) {
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
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			this.states.recompute(Set.of(vendorId));
			return;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.vendorIds.add(vendorId);
	}

	/** The vendors marked in one transaction, recomputed once before it commits. */
	private final class Pending implements TransactionSynchronization {

		private final Set<Long> vendorIds = new LinkedHashSet<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			CertificationMaintenance.this.states.recompute(this.vendorIds);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(CertificationMaintenance.this);
		}

	}

}
