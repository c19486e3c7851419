package health.covenant.vendors;

import org.springframework.modulith.NamedInterface;

/** The most sensitive health data the vendor receives, creates, maintains or transmits for us. */
@NamedInterface("api")
public enum PhiAccess {

	NONE, DE_IDENTIFIED, LIMITED_DATA_SET, PHI;

	/** PHI or a limited data set: a BAA (or data use agreement) is required. */
	public boolean handlesPhi() {
		return this == PHI || this == LIMITED_DATA_SET;
	}

}
