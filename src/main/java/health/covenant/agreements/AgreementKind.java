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

	/** BAAs (with us or down the chain) carry the HIPAA clause checklist. */
	public boolean isBaa() {
		return this == BAA || this == SUBCONTRACTOR_BAA;
	}

	/**
	 * Only a BAA with us covers a vendor's access to our PHI; a subcontractor BAA binds the vendor and
	 * its own subcontractor, not the vendor and us.
	 */
	public boolean coversVendor() {
		return this == BAA;
	}

}
