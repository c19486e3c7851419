package health.covenant.assessments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import health.covenant.shared.jpa.AuditableEntity;

/** An assessment of a vendor: its kind, status, assessor, due date, answers and result. */
@Entity
@Table(name = "assessment")
class Assessment extends AuditableEntity {

	@Column(name = "vendor_id", nullable = false, updatable = false)
	private long vendorId;

	/** The vendor's name for the list's order by vendor; renamed with the vendor by SQL (AssessmentService). */
	@Column(name = "vendor_name", nullable = false, updatable = false)
	private String vendorName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private AssessmentKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "trigger_kind", updatable = false)
	private AssessmentTrigger trigger;

	@Column(name = "use_case")
	private String useCase;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AssessmentStatus status;

	@Column(name = "bank_version", nullable = false, updatable = false)
	private int bankVersion;

	@Column(name = "assessor_id")
	private Long assessorId;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "completed_on")
	private LocalDate completedOn;

	private Integer score;

	private boolean capped;

	private String explanation;

	@Column(name = "previous_id", updatable = false)
	private Long previousId;

	@OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<AssessmentAnswer> answers = new ArrayList<>();

	protected Assessment() {
	}

	Assessment(long vendorId, String vendorName, AssessmentKind kind, AssessmentTrigger trigger, String useCase,
			int bankVersion, Long assessorId, LocalDate dueOn, Long previousId) {
		this.vendorId = vendorId;
		this.vendorName = vendorName;
		this.kind = kind;
		this.trigger = kind == AssessmentKind.TRIGGERED ? trigger : null;
		this.useCase = kind == AssessmentKind.PRIVACY_IMPACT ? blankToNull(useCase) : null;
		this.status = AssessmentStatus.DRAFT;
		this.bankVersion = bankVersion;
		this.assessorId = assessorId;
		this.dueOn = dueOn;
		this.previousId = previousId;
	}

	Optional<AssessmentAnswer> answer(String code) {
		return this.answers.stream().filter((a) -> a.getQuestionCode().equals(code)).findFirst();
	}

	AssessmentAnswer answerFor(String code, int version) {
		return answer(code).orElseGet(() -> {
			AssessmentAnswer created = new AssessmentAnswer(this, code, version);
			this.answers.add(created);
			return created;
		});
	}

	void started() {
		if (this.status == AssessmentStatus.DRAFT) {
			this.status = AssessmentStatus.IN_PROGRESS;
		}
	}

	void complete(LocalDate on, Integer score, boolean capped, String explanation) {
		this.status = AssessmentStatus.COMPLETED;
		this.completedOn = on;
		this.score = score;
		this.capped = capped;
		this.explanation = explanation;
	}

	void supersede() {
		this.status = AssessmentStatus.SUPERSEDED;
	}

	Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("vendorId", this.vendorId);
		values.put("kind", this.kind);
		values.put("trigger", this.trigger);
		values.put("useCase", this.useCase);
		values.put("status", this.status);
		values.put("bankVersion", this.bankVersion);
		values.put("assessorId", this.assessorId);
		values.put("dueOn", this.dueOn);
		values.put("completedOn", this.completedOn);
		values.put("score", this.score);
		values.put("capped", this.capped);
		return values;
	}

	long getVendorId() {
		return this.vendorId;
	}

	String getVendorName() {
		return this.vendorName;
	}

	AssessmentKind getKind() {
		return this.kind;
	}

	AssessmentTrigger getTrigger() {
		return this.trigger;
	}

	String getUseCase() {
		return this.useCase;
	}

	AssessmentStatus getStatus() {
		return this.status;
	}

	int getBankVersion() {
		return this.bankVersion;
	}

	Long getAssessorId() {
		return this.assessorId;
	}

	LocalDate getDueOn() {
		return this.dueOn;
	}

	LocalDate getCompletedOn() {
		return this.completedOn;
	}

	Integer getScore() {
		return this.score;
	}

	boolean isCapped() {
		return this.capped;
	}

	String getExplanation() {
		return this.explanation;
	}

	Long getPreviousId() {
		return this.previousId;
	}

	List<AssessmentAnswer> getAnswers() {
		return this.answers;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
