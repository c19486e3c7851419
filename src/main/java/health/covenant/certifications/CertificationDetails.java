package health.covenant.certifications;

import java.time.LocalDate;

/**
 * What a user records of a certification or attestation (the form's values, the service's input).
 *
 * @param type the kind of certification
 * @param issuer who issued it (audit firm, certification body, assessor)
 * @param scope the scope as the report states it
 * @param coversService whether that scope covers the service we buy
 * @param reportDate the report's or certificate's date
 * @param periodStart SOC 2 Type II: start of the period the report covers
 * @param periodEnd SOC 2 Type II: end of that period
 * @param bridgeLetterUntil SOC 2 Type II: the last day a bridge letter covers
 * @param interimSubmittedOn HITRUST r2: the day the interim assessment was submitted
 * @param surveillance1DoneOn ISO: the year-1 surveillance audit's date
 * @param surveillance2DoneOn ISO: the year-2 surveillance audit's date
 * @param exceptionsNoted whether the report notes exceptions or a qualified opinion
 * @param exceptionsSummary what they are
 * @param explicitExpiry an expiry date written on it: the rule for OTHER; for the others only to
 * shorten the computed validity
 */
public record CertificationDetails(CertificationType type, String issuer, String scope, ServiceCoverage coversService,
		LocalDate reportDate, LocalDate periodStart, LocalDate periodEnd, LocalDate bridgeLetterUntil,
		LocalDate interimSubmittedOn, LocalDate surveillance1DoneOn, LocalDate surveillance2DoneOn,
		boolean exceptionsNoted, String exceptionsSummary, LocalDate explicitExpiry) {

	/** A report of this type dated {@code reportDate}, nothing else filled in (tests, demo data). */
	public static CertificationDetails of(CertificationType type, String issuer, LocalDate reportDate) {
		return new CertificationDetails(type, issuer, null, ServiceCoverage.YES, reportDate, null, null, null, null,
				null, null, false, null, null);
	}

	/** A SOC 2 Type II report over this period. */
	public static CertificationDetails soc2Type2(String issuer, LocalDate periodStart, LocalDate periodEnd,
			LocalDate reportDate, LocalDate bridgeLetterUntil) {
		return new CertificationDetails(CertificationType.SOC2_TYPE2, issuer, null, ServiceCoverage.YES, reportDate,
				periodStart, periodEnd, bridgeLetterUntil, null, null, null, false, null, null);
	}

	public CertificationDetails withInterimSubmittedOn(LocalDate day) {
		return new CertificationDetails(this.type, this.issuer, this.scope, this.coversService, this.reportDate,
				this.periodStart, this.periodEnd, this.bridgeLetterUntil, day, this.surveillance1DoneOn,
				this.surveillance2DoneOn, this.exceptionsNoted, this.exceptionsSummary, this.explicitExpiry);
	}

	public CertificationDetails withSurveillance(LocalDate year1, LocalDate year2) {
		return new CertificationDetails(this.type, this.issuer, this.scope, this.coversService, this.reportDate,
				this.periodStart, this.periodEnd, this.bridgeLetterUntil, this.interimSubmittedOn, year1, year2,
				this.exceptionsNoted, this.exceptionsSummary, this.explicitExpiry);
	}

	public CertificationDetails withExplicitExpiry(LocalDate expiry) {
		return new CertificationDetails(this.type, this.issuer, this.scope, this.coversService, this.reportDate,
				this.periodStart, this.periodEnd, this.bridgeLetterUntil, this.interimSubmittedOn,
				this.surveillance1DoneOn, this.surveillance2DoneOn, this.exceptionsNoted, this.exceptionsSummary,
				expiry);
	}

	/**
	 * The same details without the values the type does not use (a period for a pen test, an interim
	 * assessment for ISO…), so that nothing hidden on the form counts.
	 */
	public CertificationDetails normalised() {
		CertificationType t = this.type;
		boolean soc2 = t != null && t.isSoc2Type2();
		boolean r2 = t != null && t.isHitrustR2();
		boolean iso = t != null && t.isIso();
		return new CertificationDetails(t, trim(this.issuer), trim(this.scope),
				this.coversService == null ? ServiceCoverage.YES : this.coversService, this.reportDate,
				soc2 ? this.periodStart : null, soc2 ? this.periodEnd : null, soc2 ? this.bridgeLetterUntil : null,
				r2 ? this.interimSubmittedOn : null, iso ? this.surveillance1DoneOn : null,
				iso ? this.surveillance2DoneOn : null, this.exceptionsNoted,
				this.exceptionsNoted ? trim(this.exceptionsSummary) : null, this.explicitExpiry);
	}

	private static String trim(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
