/**
 * Risk: every vendor's explainable risk score (inherent risk, control effectiveness, residual), its
 * history, and the security officers' review of tier changes. The score is derived state
 * (docs/derived-state.md): recomputed when an input changes in another module and nightly as dates move.
 */
@ApplicationModule(displayName = "Risk", allowedDependencies = { "shared", "audit::api", "identity::api", "obligations::api", "vendors::api", "agreements::api", "certifications::api", "assessments::api", "incidents::api", "notifications::api" })
package health.covenant.risk;

import org.springframework.modulith.ApplicationModule;
