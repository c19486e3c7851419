package health.covenant.agreements;

import org.springframework.modulith.NamedInterface;

/**
 * One of a vendor's agreements or its clause checklist changed, in the current transaction: what is
 * derived from the vendor's BAA standing (its risk score) recomputes from it.
 */
@NamedInterface("api")
public record VendorAgreementsChanged(long vendorId) {
}
