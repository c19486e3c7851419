package health.covenant.vendors;

import org.springframework.modulith.NamedInterface;

/** A vendor moved along its lifecycle. */
@NamedInterface("api")
public record VendorStatusChanged(long vendorId, LifecycleStatus from, LifecycleStatus to) {
}
