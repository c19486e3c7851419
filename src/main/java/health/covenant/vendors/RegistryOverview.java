package health.covenant.vendors;

import java.util.List;
import java.util.Map;

/**
 * The registry at a glance (dashboard): vendors per lifecycle status, and the vendors in service that
 * handle PHI and pass it to a sub-processor without a downstream BAA (a HIPAA gap: 164.502(e)(1)(ii)): the
 * first few by name, and how many there are.
 */
public record RegistryOverview(Map<LifecycleStatus, Long> byStatus, List<VendorSummary> subprocessorBaaGaps,
		long subprocessorBaaGapCount) {

	/** Vendors with a sub-processor BAA gap listed by name; the rest are counted. */
	public static final int GAPS_SHOWN = 10;

	/** The count of those vendors stops here: the panel says "more than". */
	public static final int GAPS_COUNT_CAP = 500;

	public int gapCountCap() {
		return GAPS_COUNT_CAP;
	}

	public boolean gapCountCapped() {
		return this.subprocessorBaaGapCount > GAPS_COUNT_CAP;
	}

	public long total() {
		return this.byStatus.values().stream().mapToLong(Long::longValue).sum();
	}

}
