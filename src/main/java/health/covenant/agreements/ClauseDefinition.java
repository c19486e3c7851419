package health.covenant.agreements;

/**
 * One clause of the checklist reference (seeded by migration V20, with V47's {@code mayNotApply}).
 *
 * @param code e.g. {@code BAA-06} or {@code REC-NO-TRAIN}
 * @param category {@code BAA} (164.504(e) content) or {@code RECOMMENDED}
 * @param title what the clause must establish
 * @param citation 45 CFR reference, or "policy"
 * @param required an executed BAA without it is a compliance gap
 * @param mayNotApply a required clause the contract can truly do without (BAA-09 and BAA-10 without a
 * designated record set, BAA-12 when the associate carries out none of our Privacy Rule duties): it may
 * be marked not applicable, with a note saying why
 */
public record ClauseDefinition(String code, String category, String title, String citation, boolean required,
		int position, boolean mayNotApply) {

	/** Whether "not applicable" may be chosen for this clause: any clause that is not required, or one that may not apply. */
	public boolean notApplicableAllowed() {
		return !this.required || this.mayNotApply;
	}

	/** A note is needed to mark this clause not applicable (a required clause that may not apply). */
	public boolean notApplicableNeedsNote() {
		return this.required && this.mayNotApply;
	}

	/**
	 * Whether a finding fulfils this clause: present, or not applicable where that is allowed (with a
	 * note when one is needed). Not reviewed ({@code null}), missing, and a not-applicable finding this
	 * clause does not allow (data recorded before the rule) leave a required clause a gap.
	 */
	public boolean satisfiedBy(ClauseStatus status, String note) {
		if (status == ClauseStatus.PRESENT) {
			return true;
		}
		if (status != ClauseStatus.NOT_APPLICABLE || !notApplicableAllowed()) {
			return false;
		}
		return !notApplicableNeedsNote() || (note != null && !note.isBlank());
	}

	public boolean recommended() {
		return "RECOMMENDED".equals(this.category);
	}

}
