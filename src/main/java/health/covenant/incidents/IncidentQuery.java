package health.covenant.incidents;

/**
 * The list's filters.
 * @param openOnly only incidents not closed
 * @param vendorId one vendor
 * @param kind one kind
 * @param within only incidents with a deadline still owed within this many days (overdue ones included)
 * @param slaMissed only incidents the vendor reported late
 */
public record IncidentQuery(boolean openOnly, Long vendorId, IncidentKind kind, Integer within, boolean slaMissed) {
}
