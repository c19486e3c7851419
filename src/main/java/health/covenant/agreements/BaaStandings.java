package health.covenant.agreements;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The BAA standing of many vendors at once (a fixed number of queries for a batch), for the risk model:
 * whether an executed BAA is in force today, its missing required clauses, its term end and how tight
 * its breach-notice window is. Vendors without any agreement are absent.
 */
@Service
@NamedInterface("api")
public class BaaStandings {

	private final AgreementQueries queries;

	private final JdbcClient jdbc;

	BaaStandings(AgreementQueries queries, JdbcClient jdbc) {
		this.queries = queries;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Map<Long, BaaStanding> forVendors(Collection<Long> vendorIds) {
		Map<Long, BaaStanding> result = new HashMap<>();
		if (vendorIds.isEmpty()) {
			return result;
		}
		Comparator<AgreementRow> latest = Comparator
			.comparing(AgreementRow::effectiveDate, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(AgreementRow::id);
		Map<Long, List<AgreementRow>> byVendor = this.queries.forVendors(List.copyOf(vendorIds))
			.stream()
			.filter((row) -> row.kind().coversVendor())
			.collect(Collectors.groupingBy(AgreementRow::vendorId));
		Map<Long, AgreementRow> current = new HashMap<>();
		byVendor.forEach((vendorId, rows) -> rows.stream()
			.filter(AgreementRow::current)
			.max(latest)
			.ifPresent((row) -> current.put(vendorId, row)));
		Map<Long, BreachNoticeWindow> windows = new HashMap<>();
		if (!current.isEmpty()) {
			this.jdbc.sql("""
					SELECT id, breach_notice_value, breach_notice_unit FROM agreement
					WHERE id IN (:ids) AND breach_notice_value IS NOT NULL AND breach_notice_unit IS NOT NULL""")
				.param("ids", current.values().stream().map(AgreementRow::id).toList())
				.query((rs, n) -> Map.entry(rs.getLong("id"), new BreachNoticeWindow(rs.getInt("breach_notice_value"),
						BreachNoticeUnit.valueOf(rs.getString("breach_notice_unit")))))
				.list()
				.forEach((entry) -> windows.put(entry.getKey(), entry.getValue()));
		}
		byVendor.forEach((vendorId, rows) -> {
			AgreementRow row = current.get(vendorId);
			if (row == null) {
				AgreementRow last = rows.stream().max(latest).orElseThrow();
				result.put(vendorId, new BaaStanding(vendorId, false, last.id(), 0, null, null));
			}
			else {
				BreachNoticeWindow window = windows.getOrDefault(row.id(),
						new BreachNoticeWindow(BreachNoticeWindow.HIPAA_MAX_CALENDAR_DAYS, BreachNoticeUnit.CALENDAR_DAYS));
				result.put(vendorId, new BaaStanding(vendorId, true, row.id(), row.missingRequired(),
						row.schedule().currentTermEnd(), window.maxCalendarDays()));
			}
		});
		return result;
	}

}
