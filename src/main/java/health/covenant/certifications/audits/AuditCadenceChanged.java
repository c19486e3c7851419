package health.covenant.certifications.audits;

/** A vendor's audit cadence was overridden or set back to the default. */
record AuditCadenceChanged(long vendorId) {
}
