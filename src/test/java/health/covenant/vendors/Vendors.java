package health.covenant.vendors;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import health.covenant.shared.SystemActor;

/** Test data: vendors with unique names, created as the system actor. */
final class Vendors {

	private Vendors() {
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static long register(VendorService vendors, String name) {
		return register(vendors, VendorDetails.named(name, PhiAccess.NONE));
	}

	static long register(VendorService vendors, VendorDetails details) {
		AtomicLong id = new AtomicLong();
		SystemActor.runAs(() -> id.set(vendors.register(details)));
		return id.get();
	}

	/** A vendor with these texts and what the vendor rules require with its PHI access. */
	static VendorDetails details(String name, String legalName, String description, PhiAccess phi) {
		VendorDetails minimal = VendorDetails.named(name, phi);
		return new VendorDetails(name, legalName, null, description, ServiceCategory.OTHER, null,
				VendorDetails.Contact.NONE, minimal.securityContact(), phi, minimal.recordVolume(), null, null, null);
	}

}
