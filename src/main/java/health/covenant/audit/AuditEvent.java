package health.covenant.audit;

import java.time.Instant;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/** One recorded event as shown on the audit page. */
@NamedInterface("api")
public record AuditEvent(long seq, Instant at, String actor, String action, String entityType, String entityId,
		String summary, Map<String, AuditChanges.Change> changes, String clientIp, String hash) {
}
