package health.covenant.vendors;

/** A vendor was registered. */
public record VendorRegistered(long vendorId, String name) {
}
