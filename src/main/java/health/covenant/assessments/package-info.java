/**
 * Assessments of vendors: questionnaires answered against a versioned question bank (security and AI
 * assessments, privacy impact assessments), their scores, and the findings they open. The sub-package
 * {@code findings} keeps every finding (from an answer, a vendor audit or added by hand) until it is
 * remediated or its risk is accepted.
 */
@ApplicationModule(displayName = "Assessments", allowedDependencies = { "shared", "audit::api", "documents::api", "identity::api", "obligations::api", "vendors::api", "certifications::api", "incidents::api" })
package health.covenant.assessments;

import org.springframework.modulith.ApplicationModule;
