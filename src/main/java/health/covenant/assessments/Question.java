package health.covenant.assessments;

import java.util.Set;

/**
 * A question of the bank, as it reads in one bank version.
 *
 * @param bankVersion the version it belongs to
 * @param code stable code across versions (e.g. {@code TS-03})
 * @param section the section code (message key {@code assessments.section.<code>})
 * @param position order in the bank
 * @param kinds the assessment kinds that ask it
 * @param text the question
 * @param help what to look for, may be null
 * @param weight its weight in the score (1–10)
 * @param critical a NO caps the score and opens a finding
 * @param prefill which fact of the vendor's AI profile answers it, or null
 */
public record Question(int bankVersion, String code, String section, int position, Set<AssessmentKind> kinds,
		String text, String help, int weight, boolean critical, String prefill) {

	public boolean appliesTo(AssessmentKind kind) {
		return this.kinds.contains(kind);
	}

}
