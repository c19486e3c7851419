package health.covenant.obligations;

import java.util.List;

import health.covenant.shared.SystemActor;
import health.covenant.vendors.VendorChanged;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Obligation titles and facts name the vendor. When a vendor is renamed, every subject with an open
 * obligation for that vendor is re-read from its source (after the rename committed), whatever module
 * it belongs to, so no list or e-mail keeps the old name.
 */
@Component
class VendorRenames {

	private final JdbcClient jdbc;

	private final ObligationService obligations;

	VendorRenames(JdbcClient jdbc, ObligationService obligations) {
		this.jdbc = jdbc;
		this.obligations = obligations;
	}

	@ApplicationModuleListener
	void on(VendorChanged event) {
		if (!event.changedFields().contains("name")) {
			return;
		}
		List<Subject> subjects = this.jdbc.sql("""
				SELECT DISTINCT subject_type, subject_id FROM obligation WHERE vendor_id = :vendor AND NOT done""")
			.param("vendor", event.vendorId())
			.query((rs, row) -> new Subject(rs.getString(1), rs.getLong(2)))
			.list();
		SystemActor.runAs(() -> subjects
			.forEach((subject) -> this.obligations.refreshSubject(subject.type(), subject.id())));
	}

	private record Subject(String type, long id) {
	}

}
