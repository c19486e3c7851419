package health.covenant.assessments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place of the scoring rule, without database or clock.
 * <ul>
 * <li>Each applicable question earns its weight times the answer's credit: YES 1, PARTLY ½, NO 0.
 * NOT_APPLICABLE leaves the question out of the denominator.</li>
 * <li>The score is the earned share of the applicable weight, 0–100 rounded half up; with nothing
 * applicable there is no score.</li>
 * <li>Section subtotals follow the same rule within each section.</li>
 * <li>A NO on a critical question caps the score (the cap is a setting).</li>
 * <li>An answer keeps the bank version it was given against: its weight and critical flag are those
 * of that version's question, so a bank change does not rescore old answers.</li>
 * <li>Completion needs every question answered and a note on every NOT_APPLICABLE.</li>
 * </ul>
 */
public final class AssessmentScoring {

	private AssessmentScoring() {
	}

	/**
	 * One question with its answer, if any.
	 * @param question the question as it reads in the answer's bank version (or the assessment's when
	 * unanswered)
	 * @param answer the answer, or null when unanswered
	 * @param note the evidence note, may be null
	 */
	public record Item(Question question, AnswerValue answer, String note) {
	}

	/**
	 * A section's subtotal.
	 * @param score 0–100, or null when nothing in it applies or nothing is answered
	 * @param answered questions answered
	 * @param notApplicable of them, not applicable
	 * @param total questions in the section
	 */
	public record SectionScore(String section, Integer score, int answered, int notApplicable, int total) {
	}

	/**
	 * @param score 0–100 after the cap, null when nothing applies
	 * @param uncapped the score before the cap
	 * @param capped whether a critical NO lowered it
	 * @param cap the cap in force
	 * @param earned weighted points earned (halves count)
	 * @param possible applicable weighted points
	 * @param sections subtotals in the bank's order
	 * @param unanswered codes of the questions not answered yet
	 * @param notApplicableWithoutNote codes answered N/A without a note
	 * @param criticalNos codes of critical questions answered NO
	 * @param weakestSection the section with the lowest subtotal (null when none scored)
	 */
	public record Result(Integer score, Integer uncapped, boolean capped, int cap, double earned, int possible,
			List<SectionScore> sections, List<String> unanswered, List<String> notApplicableWithoutNote,
			List<String> criticalNos, String weakestSection) {

		/** Whether it may be completed. */
		public boolean complete() {
			return this.unanswered.isEmpty() && this.notApplicableWithoutNote.isEmpty();
		}

		public int answered() {
			return this.sections.stream().mapToInt(SectionScore::answered).sum();
		}

		public int total() {
			return this.sections.stream().mapToInt(SectionScore::total).sum();
		}

	}

	/** Credit of an answer (null for NOT_APPLICABLE or unanswered). */
	static Double credit(AnswerValue answer) {
		if (answer == null) {
			return null;
		}
		return switch (answer) {
			case YES -> 1.0;
			case PARTLY -> 0.5;
			case NO -> 0.0;
			case NOT_APPLICABLE -> null;
		};
	}

	/**
	 * Scores the items (in the bank's order).
	 * @param criticalCap the highest score an assessment with a critical NO may have
	 */
	public static Result score(List<Item> items, int criticalCap) {
		Map<String, double[]> bySection = new LinkedHashMap<>();
		List<String> unanswered = new ArrayList<>();
		List<String> naWithoutNote = new ArrayList<>();
		List<String> criticalNos = new ArrayList<>();
		double earned = 0;
		int possible = 0;
		for (Item item : items) {
			Question q = item.question();
			// earned, possible, answered, n/a, total
			double[] s = bySection.computeIfAbsent(q.section(), (k) -> new double[5]);
			s[4]++;
			if (item.answer() == null) {
				unanswered.add(q.code());
				continue;
			}
			s[2]++;
			if (item.answer() == AnswerValue.NOT_APPLICABLE) {
				s[3]++;
				if (item.note() == null || item.note().isBlank()) {
					naWithoutNote.add(q.code());
				}
				continue;
			}
			double points = q.weight() * credit(item.answer());
			s[0] += points;
			s[1] += q.weight();
			earned += points;
			possible += q.weight();
			if (q.critical() && item.answer() == AnswerValue.NO) {
				criticalNos.add(q.code());
			}
		}
		List<SectionScore> sections = new ArrayList<>();
		String weakest = null;
		Integer weakestScore = null;
		for (Map.Entry<String, double[]> e : bySection.entrySet()) {
			double[] s = e.getValue();
			Integer sectionScore = s[1] == 0 ? null : percent(s[0], s[1]);
			sections.add(new SectionScore(e.getKey(), sectionScore, (int) s[2], (int) s[3], (int) s[4]));
			if (sectionScore != null && (weakestScore == null || sectionScore < weakestScore)) {
				weakest = e.getKey();
				weakestScore = sectionScore;
			}
		}
		Integer uncapped = possible == 0 ? null : percent(earned, possible);
		boolean capped = uncapped != null && !criticalNos.isEmpty() && uncapped > criticalCap;
		Integer score = capped ? Integer.valueOf(criticalCap) : uncapped;
		return new Result(score, uncapped, capped, criticalCap, earned, possible, List.copyOf(sections),
				List.copyOf(unanswered), List.copyOf(naWithoutNote), List.copyOf(criticalNos), weakest);
	}

	private static int percent(double earned, double possible) {
		return (int) Math.floor(earned * 100 / possible + 0.5);
	}

}
