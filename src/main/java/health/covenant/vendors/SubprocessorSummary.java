package health.covenant.vendors;

import org.springframework.modulith.NamedInterface;

/** A vendor's sub-processor (fourth party, AI-08). */
@NamedInterface("api")
public record SubprocessorSummary(long id, long vendorId, String name, String service, String region,
		boolean downstreamBaa, boolean zeroRetention) {
}
