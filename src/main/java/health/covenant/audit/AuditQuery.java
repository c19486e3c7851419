package health.covenant.audit;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/** Filters of the audit page; null means "any". */
@NamedInterface("api")
public record AuditQuery(String entityType, String entityId, String action, String actor, LocalDate from,
		LocalDate to) {

	public AuditQuery {
		entityType = blankToNull(entityType);
		entityId = blankToNull(entityId);
		action = blankToNull(action);
		actor = blankToNull(actor);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
