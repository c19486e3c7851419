package health.covenant.agreements;

/**
 * One clause of the checklist reference (seeded by V20 from DOMAIN.md §1).
 *
 * @param code e.g. {@code BAA-06} or {@code REC-NO-TRAIN}
 * @param category {@code BAA} (164.504(e) content) or {@code RECOMMENDED}
 * @param title what the clause must establish
 * @param citation 45 CFR reference, or "policy"
 * @param required an executed BAA without it is a compliance gap
 */
public record ClauseDefinition(String code, String category, String title, String citation, boolean required,
		int position) {

	public boolean recommended() {
		return "RECOMMENDED".equals(this.category);
	}

}
