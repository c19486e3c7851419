package health.covenant.assessments;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One answer: its value, evidence note, the bank version it was given against, and who gave it (as
 * text: our assessor today, a vendor contact answering through a link later), or "prefilled from the AI
 * profile" until someone confirms it.
 */
@Entity
@Table(name = "assessment_answer")
class AssessmentAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "assessment_id", nullable = false, updatable = false)
	private Assessment assessment;

	@Column(name = "question_code", nullable = false, updatable = false)
	private String questionCode;

	@Column(name = "bank_version", nullable = false)
	private int bankVersion;

	@Enumerated(EnumType.STRING)
	private AnswerValue answer;

	private String note;

	private boolean prefilled;

	@Column(name = "answered_by")
	private String answeredBy;

	@Column(name = "answered_at")
	private Instant answeredAt;

	protected AssessmentAnswer() {
	}

	AssessmentAnswer(Assessment assessment, String questionCode, int bankVersion) {
		this.assessment = assessment;
		this.questionCode = questionCode;
		this.bankVersion = bankVersion;
	}

	/** Records an answer; returns whether anything changed. */
	boolean give(AnswerValue value, String note, int version, String by, Instant at, boolean prefilled) {
		String cleaned = note == null || note.isBlank() ? null : note.strip();
		boolean changed = value != this.answer || !java.util.Objects.equals(cleaned, this.note)
				|| this.prefilled != prefilled;
		if (!changed) {
			return false;
		}
		this.answer = value;
		this.note = cleaned;
		this.bankVersion = version;
		this.prefilled = prefilled;
		this.answeredBy = value == null ? null : by;
		this.answeredAt = value == null ? null : at;
		return true;
	}

	String getQuestionCode() {
		return this.questionCode;
	}

	int getBankVersion() {
		return this.bankVersion;
	}

	AnswerValue getAnswer() {
		return this.answer;
	}

	String getNote() {
		return this.note;
	}

	boolean isPrefilled() {
		return this.prefilled;
	}

	String getAnsweredBy() {
		return this.answeredBy;
	}

	Instant getAnsweredAt() {
		return this.answeredAt;
	}

}
