package health.covenant.certifications;

import java.time.LocalDate;
import java.util.UUID;

import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;

/** Small builders for certification tests. */
final class CertificationFixtures {

	private CertificationFixtures() {
	}

	/** A vendor with this PHI access, onboarding (in service), with a unique name. */
	static long vendorInService(VendorService vendors, String name, PhiAccess phi) {
		long id = vendors.register(VendorDetails.named(name + " " + UUID.randomUUID().toString().substring(0, 8), phi));
		vendors.changeStatus(id, vendors.getView(id).version(), LifecycleStatus.ONBOARDING);
		return id;
	}

	/** A 12-month SOC 2 Type II report whose period ended on {@code periodEnd}, issued 30 days later. */
	static CertificationDetails soc2(LocalDate periodEnd) {
		return CertificationDetails.soc2Type2("A-LIGN", periodEnd.minusMonths(12).plusDays(1), periodEnd,
				periodEnd.plusDays(30), null);
	}

}
