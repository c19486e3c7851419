/**
 * Certifications and audits: the assurance we hold about each vendor. The sub-package {@code audits}
 * keeps the audits we ran or commissioned, the per-vendor audit cadence and the stored next audit due.
 */
@ApplicationModule(displayName = "Certifications", allowedDependencies = { "shared", "audit::api", "documents::api", "identity::api", "obligations::api", "vendors::api" })
package health.covenant.certifications;

import org.springframework.modulith.ApplicationModule;
