package health.covenant.certifications;

import org.springframework.modulith.NamedInterface;

/**
 * A vendor's certifications changed (one added, edited, verified or deleted): what
 * {@link CertificationAssurance} answers for it may differ.
 */
@NamedInterface("api")
public record VendorAssuranceChanged(long vendorId) {
}
