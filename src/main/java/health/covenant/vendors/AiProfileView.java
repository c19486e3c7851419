package health.covenant.vendors;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/** A vendor's AI profile as the pages show it; {@code version} guards concurrent edits. */
@NamedInterface("api")
public record AiProfileView(long vendorId, long version, AiProfileDetails details, Instant updatedAt,
		String updatedBy) {
}
