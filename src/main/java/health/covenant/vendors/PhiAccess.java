package health.covenant.vendors;

/** The most sensitive health data the vendor receives, creates, maintains or transmits for us. */
public enum PhiAccess {

	NONE, DE_IDENTIFIED, LIMITED_DATA_SET, PHI;

	/** PHI or a limited data set: a BAA (or data use agreement) is required. */
	public boolean handlesPhi() {
		return this == PHI || this == LIMITED_DATA_SET;
	}

}
