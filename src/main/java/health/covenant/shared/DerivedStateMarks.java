package health.covenant.shared;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects the subjects whose derived state must be recomputed in the current transaction, and
 * recomputes each marked subject once just before the transaction commits, so that a change and the
 * state derived from it commit together (docs/derived-state.md).
 *
 * <p>
 * One synchronization per transaction serves every {@link DerivedState}: before commit it recomputes
 * the pending subjects of the lowest stage first, and goes on until nothing is pending. A recomputation
 * may mark further subjects (for instance a changed risk tier marks the vendor's schedule): they are
 * recomputed in the same pass, whatever their stage. Without a transaction a mark recomputes at once.
 */
@Component
public class DerivedStateMarks {

	/** More rounds than that means two states keep marking each other. */
	static final int MAX_ROUNDS = 50;

	/**
	 * Marks the subject for recomputation before the current transaction commits.
	 * @return true when the subject was not yet marked for that state in this transaction (or was
	 * recomputed at once, without a transaction): the caller may publish what follows from the change
	 * once
	 */
	public boolean mark(DerivedState state, long subjectId) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			state.recompute(Set.of(subjectId));
			return true;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		return pending.add(state, subjectId);
	}

	/** The subjects marked in one transaction, per state. */
	private final class Pending implements TransactionSynchronization {

		/** Still to recompute. */
		private final Map<DerivedState, Set<Long>> waiting = new LinkedHashMap<>();

		/** Marked at any time in this transaction: a subject is announced once. */
		private final Map<DerivedState, Set<Long>> marked = new LinkedHashMap<>();

		boolean add(DerivedState state, long subjectId) {
			this.waiting.computeIfAbsent(state, (s) -> new LinkedHashSet<>()).add(subjectId);
			return this.marked.computeIfAbsent(state, (s) -> new LinkedHashSet<>()).add(subjectId);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			for (int round = 0; !this.waiting.isEmpty(); round++) {
				if (round == MAX_ROUNDS) {
					throw new IllegalStateException("Derived states keep marking each other: " + this.waiting.keySet());
				}
				DerivedState next = null;
				for (DerivedState state : this.waiting.keySet()) {
					if (next == null || state.stage() < next.stage()) {
						next = state;
					}
				}
				Set<Long> subjects = this.waiting.remove(next);
				next.recompute(subjects);
			}
		}

		@Override
		public int getOrder() {
			// after the other synchronizations' beforeCommit (JPA flush happens before any of them)
			return LOWEST_PRECEDENCE;
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(DerivedStateMarks.this);
		}

	}

}
