package health.covenant.assessments.findings.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Records a remediation: when, and the evidence in words (documents optional). */
public class RemediationForm {

	private long version;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate remediatedOn;

	@NotBlank
	@Size(max = 4000)
	private String evidenceNote;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public LocalDate getRemediatedOn() {
		return this.remediatedOn;
	}

	public void setRemediatedOn(LocalDate remediatedOn) {
		this.remediatedOn = remediatedOn;
	}

	public String getEvidenceNote() {
		return this.evidenceNote;
	}

	public void setEvidenceNote(String evidenceNote) {
		this.evidenceNote = evidenceNote;
	}

}
