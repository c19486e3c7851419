package health.covenant.assessments;

import java.util.List;

import health.covenant.vendors.VendorChanged;
import health.covenant.vendors.VendorService;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessments and findings lists sort by vendor name through an index on their own table, so each row
 * keeps a copy of the vendor's name (written when the row is created). A rename is copied to the vendor's
 * rows in the transaction of the rename (one indexed UPDATE a table, by vendor), so no list shows or sorts
 * by the old name.
 */
@Component
class VendorNameCopies {

	/** The tables with a {@code vendor_name} copy (their {@code vendor_id} is indexed). */
	private static final List<String> TABLES = List.of("assessment", "finding");

	private final JdbcClient jdbc;

	private final VendorService vendors;

	VendorNameCopies(JdbcClient jdbc, VendorService vendors) {
		this.jdbc = jdbc;
		this.vendors = vendors;
	}

	@EventListener
	@Transactional
	void on(VendorChanged event) {
		if (!event.changedFields().contains("name")) {
			return;
		}
		this.vendors.findSummary(event.vendorId())
			.ifPresent((vendor) -> TABLES.forEach((table) -> this.jdbc
				.sql("UPDATE " + table + " SET vendor_name = :name WHERE vendor_id = :vendor AND vendor_name <> :name")
				.param("name", vendor.name())
				.param("vendor", vendor.id())
				.update()));
	}

}
