package health.covenant.certifications;

/**
 * The kinds of certification and attestation a vendor can show, each with its validity rule
 * ({@link CertificationValidity}).
 */
public enum CertificationType {

	SOC2_TYPE2(12, Lapse.STALE, true, 0),
	HITRUST_R2(24, Lapse.EXPIRED, true, 1),
	FEDRAMP(12, Lapse.EXPIRED, true, 2),
	HITRUST_I1(12, Lapse.EXPIRED, true, 3),
	ISO27001(36, Lapse.EXPIRED, true, 4),
	HIPAA_ASSESSMENT(12, Lapse.STALE, true, 5),
	ISO27701(36, Lapse.EXPIRED, true, 6),
	ISO42001(36, Lapse.EXPIRED, true, 7),
	HITRUST_E1(12, Lapse.EXPIRED, true, 8),
	SOC2_TYPE1(12, Lapse.STALE, true, 9),
	PEN_TEST(12, Lapse.STALE, false, 10),
	OTHER(0, Lapse.EXPIRED, false, 11);

	/** How a certification stops counting: its report goes stale, or its certificate expires. */
	public enum Lapse {

		STALE, EXPIRED

	}

	private final int months;

	private final Lapse lapse;

	private final boolean assurance;

	private final int rank;

	CertificationType(int months, Lapse lapse, boolean assurance, int rank) {
		this.months = months;
		this.lapse = lapse;
		this.assurance = assurance;
		this.rank = rank;
	}

	/** Months a report or certificate counts from its base date (0: only an explicit expiry). */
	public int months() {
		return this.months;
	}

	public Lapse lapse() {
		return this.lapse;
	}

	/**
	 * Whether it is third-party assurance of the vendor's controls (what a PHI vendor must hold); a
	 * penetration test or another document is not.
	 */
	public boolean isAssurance() {
		return this.assurance;
	}

	/** Lower is stronger assurance: the best current type of a vendor is the one with the lowest rank. */
	public int rank() {
		return this.rank;
	}

	public boolean isSoc2Type2() {
		return this == SOC2_TYPE2;
	}

	public boolean isIso() {
		return this == ISO27001 || this == ISO27701 || this == ISO42001;
	}

	public boolean isHitrustR2() {
		return this == HITRUST_R2;
	}

}
