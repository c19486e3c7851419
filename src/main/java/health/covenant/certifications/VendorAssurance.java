package health.covenant.certifications;

import java.time.LocalDate;

/**
 * A vendor's assurance at a glance: its best current certification (or, when none is current, the
 * last one that lapsed) and until when it holds any third-party assurance.
 *
 * @param best the best current certification, else the last lapsed one; null when it never had one
 * @param assuredUntil the last day any of its current third-party assurance counts; null when none
 * @param phiInService whether it handles PHI and is in service (then it must hold current assurance)
 */
public record VendorAssurance(long vendorId, CertificationRow best, LocalDate assuredUntil, boolean phiInService,
		LocalDate today) {

	/** Whether it holds current third-party assurance today. */
	public boolean assured() {
		return this.assuredUntil != null && !this.assuredUntil.isBefore(this.today);
	}

	/** A PHI vendor in service without current third-party assurance. */
	public boolean missing() {
		return this.phiInService && !assured();
	}

}
