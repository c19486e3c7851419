/**
 * Append-only, hash-chained audit log. Other modules record
 * events through {@link health.covenant.audit.AuditService} inside their own transaction, so an
 * event exists exactly when the change it describes was committed.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = { "shared" })
package health.covenant.audit;

import org.springframework.modulith.ApplicationModule;
