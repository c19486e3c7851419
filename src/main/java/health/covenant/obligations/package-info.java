/**
 * Obligations: the one list of everything that comes due (docs/architecture.md, "Obligations"). Other modules contribute
 * obligations by implementing {@link health.covenant.obligations.ObligationSource} and publish
 * {@link health.covenant.obligations.ObligationSubjectChanged} after a change; this module
 * materialises them, shows them (list, calendar, dashboard) and serves them to the reminder engine.
 */
@ApplicationModule(displayName = "Obligations", allowedDependencies = { "shared", "audit::api", "identity::api", "vendors::api" })
package health.covenant.obligations;

import org.springframework.modulith.ApplicationModule;
