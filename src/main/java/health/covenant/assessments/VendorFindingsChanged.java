package health.covenant.assessments;

import org.springframework.modulith.NamedInterface;

/**
 * A finding of the vendor was raised, remediated, accepted, reopened or changed: what derives from a
 * vendor's open findings (its risk score) recomputes from it.
 */
@NamedInterface("api")
public record VendorFindingsChanged(long vendorId) {
}
