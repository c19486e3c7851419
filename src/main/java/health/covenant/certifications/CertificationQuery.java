package health.covenant.certifications;

/**
 * The filters of the certifications list; null means any.
 *
 * @param withinDays only those whose last day counted is within this many days from today
 */
public record CertificationQuery(CertificationType type, AssuranceFilter state, Long vendorId, Integer withinDays) {

	public static final CertificationQuery ALL = new CertificationQuery(null, null, null, null);

}
