package health.covenant.assessments.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import health.covenant.assessments.AssessmentKind;
import health.covenant.assessments.AssessmentService;
import health.covenant.assessments.AssessmentTrigger;

import org.springframework.format.annotation.DateTimeFormat;

/** Start an assessment: vendor, kind (with the trigger or the use case), assessor, due date. */
public class StartForm {

	@NotNull
	private Long vendorId;

	@NotNull
	private AssessmentKind kind = AssessmentKind.INITIAL;

	private AssessmentTrigger trigger;

	@Size(max = 300)
	private String useCase;

	@NotNull
	private Long assessorId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	AssessmentService.Start toStart() {
		return new AssessmentService.Start(this.vendorId, this.kind, this.trigger, this.useCase, this.assessorId,
				this.dueOn);
	}

	public Long getVendorId() {
		return this.vendorId;
	}

	public void setVendorId(Long vendorId) {
		this.vendorId = vendorId;
	}

	public AssessmentKind getKind() {
		return this.kind;
	}

	public void setKind(AssessmentKind kind) {
		this.kind = kind;
	}

	public AssessmentTrigger getTrigger() {
		return this.trigger;
	}

	public void setTrigger(AssessmentTrigger trigger) {
		this.trigger = trigger;
	}

	public String getUseCase() {
		return this.useCase;
	}

	public void setUseCase(String useCase) {
		this.useCase = useCase;
	}

	public Long getAssessorId() {
		return this.assessorId;
	}

	public void setAssessorId(Long assessorId) {
		this.assessorId = assessorId;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

}
