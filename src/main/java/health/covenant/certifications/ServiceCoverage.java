package health.covenant.certifications;

/** Whether a certification's scope covers the service we buy from the vendor. */
public enum ServiceCoverage {

	YES, PARTLY, NO

}
