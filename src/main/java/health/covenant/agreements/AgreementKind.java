package health.covenant.agreements;

/** What an agreement is. */
public enum AgreementKind {

	/** Business associate agreement with us (164.504(e)). */
	BAA,
	/** Business associate ↔ subcontractor agreement (164.504(e)(5), 164.314(a)(2)(iii)). */
	SUBCONTRACTOR_BAA,
	/** Master services agreement. */
	MSA,
	/** Data processing agreement. */
	DPA;

	/** BAAs carry the HIPAA clause checklist and cover a vendor's PHI access. */
	public boolean isBaa() {
		return this == BAA || this == SUBCONTRACTOR_BAA;
	}

}
