package health.covenant.audit;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * One page of the audit log, newest first, and where the next pages start: {@code newer} and
 * {@code older} are the sequence numbers to page from (null: no such page).
 */
@NamedInterface("api")
public record AuditPage(List<AuditEvent> events, Long newer, Long older) {
}
