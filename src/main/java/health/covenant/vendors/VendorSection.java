package health.covenant.vendors;

import org.springframework.modulith.NamedInterface;

/**
 * A section of the vendor page contributed by another module as a bean. The vendor page renders one
 * {@code <section>} per bean, sorted by {@link #order()}, and loads its body lazily (htmx,
 * {@code hx-trigger="load"}) from {@link #fragmentPath()} with {@code {id}} replaced by the vendor id.
 *
 * @param key stable key (element id {@code section-<key>})
 * @param titleKey message key of the section heading
 * @param fragmentPath URL of the section body, containing {@code {id}}, e.g. {@code /vendors/{id}/agreements}
 * @param order position, lower first (the vendor module's own sections use 0–9)
 */
@NamedInterface("api")
public record VendorSection(String key, String titleKey, String fragmentPath, int order) {

	public String pathFor(long vendorId) {
		return this.fragmentPath.replace("{id}", Long.toString(vendorId));
	}

}
