package health.covenant.assessments.findings;

import java.util.List;

import health.covenant.assessments.AnswerValue;
import health.covenant.assessments.AssessmentCompleted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a finding for every critical question a completed assessment answered NO, in the completing
 * transaction (the assessment and its findings commit together, or neither does). Idempotent on
 * (assessment, question): the same event twice opens nothing more. Severity HIGH by default; the title
 * is the question, the description its section and the assessor's evidence note. Other short answers
 * (PARTLY, or a NO on a question that is not critical) are raised by hand from the assessment page.
 */
@Component
class AssessmentFindings {

	private final FindingService findings;

	AssessmentFindings(FindingService findings) {
		this.findings = findings;
	}

	@EventListener
	@Transactional
	public void on(AssessmentCompleted event) {
		List<FindingService.AutoFinding> candidates = event.shortfalls()
			.stream()
			.filter((s) -> s.critical() && s.answer() == AnswerValue.NO)
			.map((s) -> new FindingService.AutoFinding(s.questionCode(), title(s), description(s)))
			.toList();
		if (!candidates.isEmpty()) {
			this.findings.openFromAssessment(event.assessmentId(), event.vendorId(), candidates);
		}
	}

	private static String title(AssessmentCompleted.Shortfall shortfall) {
		String text = shortfall.questionText() == null || shortfall.questionText().isBlank() ? shortfall.questionCode()
				: shortfall.questionText().strip();
		return text.length() <= 300 ? text : text.substring(0, 299) + "…";
	}

	private static String description(AssessmentCompleted.Shortfall shortfall) {
		StringBuilder text = new StringBuilder();
		text.append(shortfall.section()).append(" (").append(shortfall.questionCode()).append("): answered NO.");
		if (shortfall.evidenceNote() != null && !shortfall.evidenceNote().isBlank()) {
			text.append('\n').append(shortfall.evidenceNote().strip());
		}
		return text.length() <= 4000 ? text.toString() : text.substring(0, 3999) + "…";
	}

}
