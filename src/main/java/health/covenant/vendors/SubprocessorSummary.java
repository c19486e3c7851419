package health.covenant.vendors;

/** A vendor's sub-processor (fourth party, AI-08). */
public record SubprocessorSummary(long id, long vendorId, String name, String service, String region,
		boolean downstreamBaa, boolean zeroRetention) {
}
