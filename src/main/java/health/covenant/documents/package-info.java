/**
 * Encrypted file storage for any record (owner type + id): signed agreements, redlines,
 * certification reports. Content is AES-GCM encrypted at rest in PostgreSQL, typed by its bytes,
 * hashed (SHA-256), and every upload, download and deletion is audited. Owners decide about
 * deletion through {@link health.covenant.documents.DocumentOwnerPolicy}.
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = { "shared", "audit::api" })
package health.covenant.documents;

import org.springframework.modulith.ApplicationModule;
