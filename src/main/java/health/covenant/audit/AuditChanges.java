package health.covenant.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.modulith.NamedInterface;

/**
 * Field-level before/after of one change. Build it from two snapshots ({@link #diff}) or field by
 * field; only fields whose value changed are kept.
 */
@NamedInterface("api")
public final class AuditChanges {

	private final Map<String, Change> changes = new LinkedHashMap<>();

	public record Change(Object before, Object after) {
	}

	public static AuditChanges none() {
		return new AuditChanges();
	}

	/** Every field whose value differs between the two snapshots (a missing key counts as null). */
	public static AuditChanges diff(Map<String, ?> before, Map<String, ?> after) {
		AuditChanges result = new AuditChanges();
		Map<String, Object> keys = new LinkedHashMap<>();
		before.keySet().forEach((key) -> keys.put(key, null));
		after.keySet().forEach((key) -> keys.put(key, null));
		for (String key : keys.keySet()) {
			result.field(key, before.get(key), after.get(key));
		}
		return result;
	}

	/** A newly created record: every non-null field as "after". */
	public static AuditChanges created(Map<String, ?> after) {
		return diff(Map.of(), after);
	}

	public AuditChanges field(String name, Object before, Object after) {
		Object b = normalise(before);
		Object a = normalise(after);
		if (!Objects.equals(b, a)) {
			this.changes.put(name, new Change(b, a));
		}
		return this;
	}

	public boolean isEmpty() {
		return this.changes.isEmpty();
	}

	public Map<String, Change> asMap() {
		return Collections.unmodifiableMap(this.changes);
	}

	private static Object normalise(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof String text) {
			return text.isEmpty() ? null : text;
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof java.util.Collection<?> collection) {
			return collection.isEmpty() ? null : collection.stream().map(String::valueOf).sorted().toList();
		}
		return value.toString();
	}

}
