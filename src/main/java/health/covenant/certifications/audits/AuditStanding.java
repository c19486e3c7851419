package health.covenant.certifications.audits;

import java.time.LocalDate;

import health.covenant.vendors.PhiAccess;

import org.springframework.modulith.NamedInterface;

/**
 * A vendor's stored audit state: its last audit and its next audit due.
 * @param lastAuditId the latest audit's id, or null if never audited
 * @param nextDue null when no audit is due ({@link DueBasis#hasDueDate()})
 * @param daysUntilDue days from today to the next due date (negative: overdue), or null
 */
@NamedInterface("api")
public record AuditStanding(long vendorId, String vendorName, PhiAccess phiAccess, Long lastAuditId,
		LocalDate lastAuditOn, AuditResult lastResult, int cadenceMonths, CadenceSource cadenceSource,
		LocalDate nextDue, DueBasis dueBasis, Long daysUntilDue) {

	public boolean overdue() {
		return this.daysUntilDue != null && this.daysUntilDue < 0;
	}

}
