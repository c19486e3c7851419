package health.covenant.vendors;

import org.springframework.modulith.NamedInterface;

/**
 * What the risk model reads about a vendor and its AI profile (null where nothing is recorded).
 *
 * @param retentionDays the longest retention of prompts, outputs, logs or embeddings (AI-07)
 */
@NamedInterface("api")
public record VendorRiskProfile(long id, String name, LifecycleStatus status, PhiAccess phiAccess, RecordVolume volume,
		SystemAccess systemAccess, ServiceCategory category, DecisionRole decisionRole, PhiTraining phiTraining,
		Integer retentionDays, boolean offshoreAccess) {
}
