package health.covenant.incidents;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many vendors' incident histories in one query (the risk model). Changes are announced by
 * {@link VendorIncidentRecorded} and {@link VendorIncidentChanged}.
 */
@Service
@NamedInterface("api")
public class IncidentHistories {

	private final JdbcClient jdbc;

	IncidentHistories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The histories of these vendors since {@code since} (reported on or after it); vendors without any are absent. */
	@Transactional(readOnly = true)
	public Map<Long, IncidentHistory> since(Collection<Long> vendorIds, LocalDate since) {
		Map<Long, IncidentHistory> result = new HashMap<>();
		if (vendorIds.isEmpty()) {
			return result;
		}
		this.jdbc.sql("""
				SELECT vendor_id, count(*) AS n,
				       count(*) FILTER (WHERE kind = 'BREACH_OF_UNSECURED_PHI') AS breaches,
				       count(*) FILTER (WHERE sla_applies AND sla_days_late > 0) AS late,
				       min(reported_on) AS oldest
				FROM vendor_incident WHERE vendor_id IN (:ids) AND reported_on >= :since GROUP BY vendor_id""")
			.param("ids", List.copyOf(vendorIds))
			.param("since", since)
			.query((rs, n) -> new IncidentHistory(rs.getLong("vendor_id"), rs.getInt("n"), rs.getInt("breaches"),
					rs.getInt("late"), rs.getObject("oldest", LocalDate.class)))
			.list()
			.forEach((history) -> result.put(history.vendorId(), history));
		return result;
	}

}
