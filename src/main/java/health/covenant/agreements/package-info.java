/**
 * Agreements: BAAs, subcontractor BAAs, MSAs and DPAs per vendor, their computed dates (term end,
 * last day to give notice), the HIPAA clause checklist, the rules enforced on save, compliance gaps,
 * and the agreement obligations (notice deadlines, term ends) for the obligations module. Signed
 * files are kept through the documents module.
 */
@ApplicationModule(displayName = "Agreements", allowedDependencies = { "shared", "audit::api", "certifications::api", "documents::api", "identity::api", "obligations::api", "vendors::api" })
package health.covenant.agreements;

import org.springframework.modulith.ApplicationModule;
