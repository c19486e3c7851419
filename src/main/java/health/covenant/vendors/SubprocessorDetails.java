package health.covenant.vendors;

/** A sub-processor to add to a vendor (AI-08). */
public record SubprocessorDetails(String name, String service, String region, boolean downstreamBaa,
		boolean zeroRetention) {
}
