package health.covenant.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DerivedStateMarksTest {

	private final DerivedStateMarks marks = new DerivedStateMarks();

	private final List<String> log = new ArrayList<>();

	@BeforeEach
	void beginTransaction() {
		TransactionSynchronizationManager.initSynchronization();
		TransactionSynchronizationManager.setActualTransactionActive(true);
	}

	@AfterEach
	void endTransaction() {
		TransactionSynchronizationUtils.triggerAfterCompletion(TransactionSynchronization.STATUS_COMMITTED);
		TransactionSynchronizationManager.clearSynchronization();
		TransactionSynchronizationManager.setActualTransactionActive(false);
	}

	@Test
	void eachMarkedSubjectIsRecomputedOnceBeforeCommitLowestStageFirst() {
		State risk = new State("risk", DerivedState.RISK, (ids) -> { });
		State gaps = new State("gaps", DerivedState.GAPS, (ids) -> { });
		assertThat(this.marks.mark(risk, 1)).isTrue();
		assertThat(this.marks.mark(gaps, 1)).isTrue();
		assertThat(this.marks.mark(gaps, 2)).isTrue();
		assertThat(this.marks.mark(risk, 1)).isFalse();
		assertThat(this.log).isEmpty();

		TransactionSynchronizationUtils.triggerBeforeCommit(false);

		assertThat(this.log).containsExactly("gaps[1, 2]", "risk[1]");
	}

	@Test
	void aSubjectMarkedByARecomputationIsRecomputedInTheSamePassEvenAtALowerStage() {
		State schedules = new State("schedules", DerivedState.SCHEDULES, (ids) -> { });
		State risk = new State("risk", DerivedState.RISK, (ids) -> this.marks.mark(schedules, 7));
		this.marks.mark(schedules, 7);
		this.marks.mark(risk, 7);

		TransactionSynchronizationUtils.triggerBeforeCommit(false);

		assertThat(this.log).containsExactly("schedules[7]", "risk[7]", "schedules[7]");
	}

	@Test
	void statesThatKeepMarkingEachOtherFailTheCommitInsteadOfLoopingForever() {
		State[] pair = new State[2];
		pair[0] = new State("a", 1, (ids) -> this.marks.mark(pair[1], 1));
		pair[1] = new State("b", 2, (ids) -> this.marks.mark(pair[0], 1));
		this.marks.mark(pair[0], 1);

		assertThatIllegalStateException().isThrownBy(() -> TransactionSynchronizationUtils.triggerBeforeCommit(false));
		assertThat(this.log).hasSize(DerivedStateMarks.MAX_ROUNDS);
	}

	@Test
	void withoutATransactionAMarkRecomputesAtOnce() {
		TransactionSynchronizationManager.setActualTransactionActive(false);
		State gaps = new State("gaps", DerivedState.GAPS, (ids) -> { });

		assertThat(this.marks.mark(gaps, 3)).isTrue();

		assertThat(this.log).containsExactly("gaps[3]");
	}

	private final class State implements DerivedState {

		private final String name;

		private final int stage;

		private final Consumer<Set<Long>> effect;

		State(String name, int stage, Consumer<Set<Long>> effect) {
			this.name = name;
			this.stage = stage;
			this.effect = effect;
		}

		@Override
		public int stage() {
			return this.stage;
		}

		@Override
		public void recompute(Set<Long> subjectIds) {
			DerivedStateMarksTest.this.log.add(this.name + subjectIds);
			this.effect.accept(subjectIds);
		}

	}

}
