package health.covenant.vendors;

/** A vendor moved along its lifecycle. */
public record VendorStatusChanged(long vendorId, LifecycleStatus from, LifecycleStatus to) {
}
