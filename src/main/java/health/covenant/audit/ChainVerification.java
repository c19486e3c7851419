package health.covenant.audit;

/**
 * Result of recomputing the audit hash chain: intact, or the first sequence number where a stored
 * hash or link does not match.
 */
public record ChainVerification(boolean intact, long eventsChecked, Long firstBrokenSeq) {
}
