package health.covenant.assessments.findings;

/**
 * Where a finding came from: an assessment's question, a vendor audit, or by hand.
 * @param kind the kind of source
 * @param assessmentId for {@link FindingSourceKind#ASSESSMENT}
 * @param questionCode for {@link FindingSourceKind#ASSESSMENT}
 * @param auditId for {@link FindingSourceKind#VENDOR_AUDIT}
 */
public record FindingSource(FindingSourceKind kind, Long assessmentId, String questionCode, Long auditId) {

	public static FindingSource manual() {
		return new FindingSource(FindingSourceKind.MANUAL, null, null, null);
	}

	public static FindingSource assessment(long assessmentId, String questionCode) {
		return new FindingSource(FindingSourceKind.ASSESSMENT, assessmentId, questionCode, null);
	}

	public static FindingSource audit(long auditId) {
		return new FindingSource(FindingSourceKind.VENDOR_AUDIT, null, null, auditId);
	}

	/** The path of the source's page, or null for a finding added by hand. */
	public String link() {
		return switch (this.kind) {
			case ASSESSMENT -> "/assessments/" + this.assessmentId;
			case VENDOR_AUDIT -> "/certifications/audits/" + this.auditId;
			case MANUAL -> null;
		};
	}

}
