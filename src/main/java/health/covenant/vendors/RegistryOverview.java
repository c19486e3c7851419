package health.covenant.vendors;

import java.util.List;
import java.util.Map;

/**
 * The registry at a glance (dashboard): vendors per lifecycle status, and the vendors in service that
 * handle PHI and pass it to a sub-processor without a downstream BAA (a HIPAA gap: 164.502(e)(1)(ii)).
 */
public record RegistryOverview(Map<LifecycleStatus, Long> byStatus, List<VendorSummary> subprocessorBaaGaps) {

	public long total() {
		return this.byStatus.values().stream().mapToLong(Long::longValue).sum();
	}

}
