package health.covenant.assessments;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scoring rule on small banks. A bank is written as {@code code:section:weight[:critical]} and the
 * answers as {@code Y P N A -} (yes, partly, no, not applicable, unanswered), one letter a question.
 */
class AssessmentScoringTest {

	private static final int CAP = 40;

	@ParameterizedTest(name = "{0} / {1} -> {2}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			# bank                                 | answers | score | capped | uncapped
			A-1:S:1                                | Y       | 100   | false  | 100
			A-1:S:1                                | N       | 0     | false  | 0
			A-1:S:1,A-2:S:1                        | YP      | 75    | false  | 75
			A-1:S:1,A-2:S:3                        | YN      | 25    | false  | 25
			A-1:S:1,A-2:S:3                        | NY      | 75    | false  | 75
			A-1:S:2,A-2:S:2,A-3:S:4                | YAN     | 33    | false  | 33
			A-1:S:1,A-2:S:1                        | YA      | 100   | false  | 100
			A-1:S:1,A-2:S:1                        | AA      | null  | false  | null
			A-1:S:1,A-2:S:1,A-3:S:1                | PPY     | 67    | false  | 67
			A-1:S:1,A-2:S:1,A-3:S:1                | PPP     | 50    | false  | 50
			A-1:S:5:c,A-2:S:5                      | NY      | 40    | true   | 50
			A-1:S:1:c,A-2:S:9                      | NY      | 40    | true   | 90
			A-1:S:9:c,A-2:S:1                      | NY      | 10    | false  | 10
			A-1:S:5:c,A-2:S:5                      | PY      | 75    | false  | 75
			A-1:S:5:c,A-2:S:5                      | AY      | 100   | false  | 100
			A-1:S:1,A-2:T:1,A-3:T:2                | YNY     | 75    | false  | 75
			""")
	void scoresWeightedAnswersLeavingNotApplicableOutAndCappingACriticalNo(String bank, String answers,
			Integer score, boolean capped, Integer uncapped) {
		AssessmentScoring.Result result = AssessmentScoring.score(items(bank, answers), CAP);
		assertThat(result.score()).isEqualTo(score);
		assertThat(result.capped()).isEqualTo(capped);
		assertThat(result.uncapped()).isEqualTo(uncapped);
		assertThat(result.complete()).isTrue();
	}

	@Test
	void sectionSubtotalsFollowTheSameRuleAndNameTheWeakest() {
		AssessmentScoring.Result result = AssessmentScoring
			.score(items("A-1:GOV:1,A-2:GOV:1,B-1:TECH:2,B-2:TECH:2,C-1:PIA:1", "YPNYA"), CAP);
		assertThat(result.sections()).extracting(AssessmentScoring.SectionScore::section).containsExactly("GOV", "TECH", "PIA");
		assertThat(result.sections()).extracting(AssessmentScoring.SectionScore::score).containsExactly(75, 50, null);
		assertThat(result.sections().get(2).notApplicable()).isEqualTo(1);
		assertThat(result.weakestSection()).isEqualTo("TECH");
		assertThat(result.earned()).isEqualTo(3.5);
		assertThat(result.possible()).isEqualTo(6);
		assertThat(result.score()).isEqualTo(58);
	}

	@Test
	void unansweredQuestionsAndNotApplicableWithoutANoteBlockCompletion() {
		List<AssessmentScoring.Item> items = new ArrayList<>(items("A-1:S:1,A-2:S:1,A-3:S:1", "Y-Y"));
		items.set(2, new AssessmentScoring.Item(items.get(2).question(), AnswerValue.NOT_APPLICABLE, " "));
		AssessmentScoring.Result result = AssessmentScoring.score(items, CAP);
		assertThat(result.complete()).isFalse();
		assertThat(result.unanswered()).containsExactly("A-2");
		assertThat(result.notApplicableWithoutNote()).containsExactly("A-3");
		assertThat(result.answered()).isEqualTo(2);
		assertThat(result.total()).isEqualTo(3);

		items.set(1, new AssessmentScoring.Item(items.get(1).question(), AnswerValue.NO, null));
		items.set(2, new AssessmentScoring.Item(items.get(2).question(), AnswerValue.NOT_APPLICABLE, "No offshore staff"));
		assertThat(AssessmentScoring.score(items, CAP).complete()).isTrue();
	}

	@Test
	void anAnswerGivenAgainstAnOlderBankVersionScoresByThatVersionsWeightAndCriticalFlag() {
		// version 1: TS-03 weight 1, not critical; version 2: weight 9 and critical
		Question v1 = question(1, "TS-03", "TS", 1, false);
		Question v2 = question(2, "TS-03", "TS", 9, true);
		Question other = question(2, "TS-04", "TS", 1, false);
		AssessmentScoring.Result old = AssessmentScoring.score(List.of(new AssessmentScoring.Item(v1, AnswerValue.NO, null),
				new AssessmentScoring.Item(other, AnswerValue.YES, null)), CAP);
		assertThat(old.score()).as("weight 1 of 2").isEqualTo(50);
		assertThat(old.capped()).isFalse();
		assertThat(old.criticalNos()).isEmpty();

		AssessmentScoring.Result current = AssessmentScoring.score(List.of(new AssessmentScoring.Item(v2, AnswerValue.NO, null),
				new AssessmentScoring.Item(other, AnswerValue.YES, null)), CAP);
		assertThat(current.uncapped()).as("weight 9 of 10").isEqualTo(10);
		assertThat(current.criticalNos()).containsExactly("TS-03");
	}

	@ParameterizedTest
	@CsvSource({ "YES, 1.0", "PARTLY, 0.5", "NO, 0.0" })
	void creditOfAnAnswer(AnswerValue answer, double credit) {
		assertThat(AssessmentScoring.credit(answer)).isEqualTo(credit);
	}

	@Test
	void notApplicableAndUnansweredEarnNoCredit() {
		assertThat(AssessmentScoring.credit(AnswerValue.NOT_APPLICABLE)).isNull();
		assertThat(AssessmentScoring.credit(null)).isNull();
	}

	private static List<AssessmentScoring.Item> items(String bank, String answers) {
		String[] questions = bank.split(",");
		List<AssessmentScoring.Item> items = new ArrayList<>();
		for (int i = 0; i < questions.length; i++) {
			String[] parts = questions[i].strip().split(":");
			Question q = question(1, parts[0], parts[1], Integer.parseInt(parts[2]), parts.length > 3);
			AnswerValue value = switch (answers.charAt(i)) {
				case 'Y' -> AnswerValue.YES;
				case 'P' -> AnswerValue.PARTLY;
				case 'N' -> AnswerValue.NO;
				case 'A' -> AnswerValue.NOT_APPLICABLE;
				default -> null;
			};
			items.add(new AssessmentScoring.Item(q, value, value == AnswerValue.NOT_APPLICABLE ? "does not apply" : null));
		}
		return items;
	}

	static Question question(int version, String code, String section, int weight, boolean critical) {
		return new Question(version, code, section, 0, EnumSet.of(AssessmentKind.INITIAL), code + "?", null, weight,
				critical, null);
	}

}
