package health.covenant.vendors;

import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * A vendor's data changed: its own fields, its AI profile ({@code aiProfile.<field>}) or its
 * sub-processors ({@code subprocessors}).
 */
@NamedInterface("api")
public record VendorChanged(long vendorId, Set<String> changedFields) {
}
