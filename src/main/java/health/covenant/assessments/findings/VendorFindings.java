package health.covenant.assessments.findings;

import java.time.LocalDate;
import java.util.Map;

/**
 * A vendor's findings at a glance: open ones by severity (expired acceptances counted as open), how
 * many are overdue, the oldest due date among the overdue, how many risks are accepted.
 */
public record VendorFindings(long vendorId, Map<FindingSeverity, Long> openBySeverity, long overdue,
		LocalDate oldestOverdueDue, long accepted, long remediated) {

	public long open() {
		return this.openBySeverity.values().stream().mapToLong(Long::longValue).sum();
	}

	public long openOf(FindingSeverity severity) {
		return this.openBySeverity.getOrDefault(severity, 0L);
	}

}
