/**
 * Certifications and attestations of vendors (SOC 2, HITRUST, ISO, FedRAMP, HIPAA assessments,
 * penetration tests): their validity computed by one rule class ({@link
 * health.covenant.certifications.CertificationValidity}), stored per certification and summed up per
 * vendor as the vendor's best current assurance, their obligations (lapse, HITRUST r2 interim, ISO
 * surveillance) for the obligations module, and their documents through the documents module. Other
 * modules may read a vendor's assurance ({@link health.covenant.certifications.CertificationAssurance})
 * and hear when it changed ({@link health.covenant.certifications.VendorAssuranceChanged}).
 * The sub-package {@code audits} keeps the audits we ran or commissioned, the per-vendor audit cadence
 * and the stored next audit due.
 */
@ApplicationModule(displayName = "Certifications", allowedDependencies = { "shared", "audit::api", "documents::api", "identity::api", "obligations::api", "vendors::api" })
package health.covenant.certifications;

import org.springframework.modulith.ApplicationModule;
