package health.covenant.certifications;

import java.time.LocalDate;

/**
 * A PHI vendor in service without current third-party assurance (the list's "missing" filter).
 *
 * @param assuredUntil the last day its assurance counted; null when it never had any
 */
public record MissingAssurance(long vendorId, String vendorName, LocalDate assuredUntil) {
}
