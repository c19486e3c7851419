/**
 * Vendor incidents and the breach clocks they start: what the vendor owed us (its BAA's breach-notice
 * window, checked against when it reported) and what we owe individuals, HHS, the media and the states
 * (computed in one pure class, {@link health.covenant.incidents.BreachClocks}), each of our deadlines an
 * obligation until the notice is recorded. Other modules hear about incidents through
 * {@link health.covenant.incidents.VendorIncidentRecorded} and
 * {@link health.covenant.incidents.VendorIncidentChanged}.
 */
@ApplicationModule(displayName = "Incidents", allowedDependencies = { "shared", "audit::api", "agreements::api", "documents::api", "identity::api", "obligations::api", "vendors::api" })
package health.covenant.incidents;

import org.springframework.modulith.ApplicationModule;
