package health.covenant.assessments.web;

import java.util.LinkedHashMap;
import java.util.Map;

import health.covenant.assessments.AnswerValue;
import health.covenant.assessments.AssessmentService;

/** The answers of one section: {@code answer[TS-01]=YES}, {@code note[TS-01]=…}. */
public class SectionForm {

	private Map<String, AnswerValue> answer = new LinkedHashMap<>();

	private Map<String, String> note = new LinkedHashMap<>();

	Map<String, AssessmentService.AnswerInput> toInputs() {
		Map<String, AssessmentService.AnswerInput> inputs = new LinkedHashMap<>();
		this.answer.forEach((code, value) -> inputs.put(code, new AssessmentService.AnswerInput(value, this.note.get(code))));
		return inputs;
	}

	public Map<String, AnswerValue> getAnswer() {
		return this.answer;
	}

	public void setAnswer(Map<String, AnswerValue> answer) {
		this.answer = answer;
	}

	public Map<String, String> getNote() {
		return this.note;
	}

	public void setNote(Map<String, String> note) {
		this.note = note;
	}

}
