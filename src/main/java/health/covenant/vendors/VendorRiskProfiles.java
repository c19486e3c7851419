package health.covenant.vendors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the vendor attributes the risk model scores, for many vendors in one query (the risk module
 * recomputes in batches of hundreds).
 */
@Service
@NamedInterface("api")
public class VendorRiskProfiles {

	private final JdbcClient jdbc;

	VendorRiskProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The profiles of these vendors that exist, by id (one query). */
	@Transactional(readOnly = true)
	public Map<Long, VendorRiskProfile> of(Collection<Long> vendorIds) {
		Map<Long, VendorRiskProfile> result = new HashMap<>();
		if (vendorIds.isEmpty()) {
			return result;
		}
		this.jdbc.sql("""
				SELECT v.id, v.name, v.status, v.phi_access, v.record_volume, v.system_access, v.service_category,
				       a.decision_role, a.phi_training, a.offshore_access,
				       GREATEST(a.prompt_retention_days, a.output_retention_days, a.log_retention_days,
				                a.embedding_retention_days) AS retention_days
				FROM vendor v LEFT JOIN ai_profile a ON a.vendor_id = v.id
				WHERE v.id IN (:ids)""")
			.param("ids", List.copyOf(vendorIds))
			.query(VendorRiskProfiles::row)
			.list()
			.forEach((profile) -> result.put(profile.id(), profile));
		return result;
	}

	/** The ids of all vendors, in id order (the risk module's full rebuild). */
	@Transactional(readOnly = true)
	public List<Long> allIds() {
		return this.jdbc.sql("SELECT id FROM vendor ORDER BY id").query(Long.class).list();
	}

	private static VendorRiskProfile row(ResultSet rs, int n) throws SQLException {
		return new VendorRiskProfile(rs.getLong("id"), rs.getString("name"),
				LifecycleStatus.valueOf(rs.getString("status")), PhiAccess.valueOf(rs.getString("phi_access")),
				value(RecordVolume.class, rs.getString("record_volume")),
				value(SystemAccess.class, rs.getString("system_access")),
				value(ServiceCategory.class, rs.getString("service_category")),
				value(DecisionRole.class, rs.getString("decision_role")),
				value(PhiTraining.class, rs.getString("phi_training")), rs.getObject("retention_days", Integer.class),
				rs.getBoolean("offshore_access"));
	}

	private static <E extends Enum<E>> E value(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

}
