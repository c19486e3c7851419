/**
 * The vendor registry: vendors, their AI profile (docs/domain.md §6, AI-01…AI-17) and their
 * sub-processors. Other modules use {@link health.covenant.vendors.VendorService}, the summary records
 * and the events ({@link health.covenant.vendors.VendorRegistered},
 * {@link health.covenant.vendors.VendorChanged}, {@link health.covenant.vendors.VendorStatusChanged});
 * they add sections to the vendor page by contributing {@link health.covenant.vendors.VendorSection}
 * beans.
 */
@ApplicationModule(displayName = "Vendors", allowedDependencies = { "shared", "audit::api", "identity::api" })
package health.covenant.vendors;

import org.springframework.modulith.ApplicationModule;
