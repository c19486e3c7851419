package health.covenant.vendors;

import org.springframework.modulith.NamedInterface;

/** A vendor was registered. */
@NamedInterface("api")
public record VendorRegistered(long vendorId, String name) {
}
