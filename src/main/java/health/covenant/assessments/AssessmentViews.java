package health.covenant.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the pages show of assessments. */
public final class AssessmentViews {

	private AssessmentViews() {
	}

	/** One assessment without its answers. */
	public record Summary(long id, long vendorId, AssessmentKind kind, AssessmentTrigger trigger, String useCase,
			AssessmentStatus status, int bankVersion, Long assessorId, LocalDate dueOn, LocalDate completedOn,
			Integer score, boolean capped, Long previousId, long version) {

		public boolean overdue(LocalDate today) {
			return this.status.open() && this.dueOn.isBefore(today);
		}

	}

	/** A question with its answer. */
	public record QuestionView(Question question, AnswerValue answer, String note, boolean prefilled,
			String answeredBy, Instant answeredAt, Integer answerBankVersion) {

		public boolean answered() {
			return this.answer != null;
		}

		/** The answer was given against another bank version than the assessment's. */
		public boolean olderVersion() {
			return this.answerBankVersion != null && this.answerBankVersion != this.question.bankVersion();
		}

	}

	/** A section of the questionnaire with its subtotal. */
	public record SectionView(String code, List<QuestionView> questions, AssessmentScoring.SectionScore score) {

		public int answered() {
			return (int) this.questions.stream().filter(QuestionView::answered).count();
		}

		public boolean complete() {
			return answered() == this.questions.size();
		}

		/** An answer in it falls short (a completed assessment shows such sections open). */
		public boolean hasShortfall() {
			return this.questions.stream().anyMatch((q) -> q.answer() != null && q.answer().fallsShort());
		}

	}

	/** The questionnaire: the assessment, its sections and its live (or final) result. */
	public record Detail(Summary summary, String explanation, List<SectionView> sections,
			AssessmentScoring.Result result) {
	}

}
