package health.covenant.certifications.audits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import health.covenant.shared.Actor;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.Paging;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored audit state per vendor ({@code vendor_audit_state}): last audit, last result, cadence and
 * next audit due, computed by {@link AuditScheduleRules} for one vendor at a time when an input changes
 * ({@link AuditScheduleMaintenance}) and read with indexed queries. {@link #rebuild()} recomputes every
 * vendor in batches (start-up on an empty table, the data generator). The due date does not move with
 * the calendar, so there is no recurring job: overdue is {@code next_due < today} at read time.
 */
@NamedInterface("api")
@Service
public class AuditScheduleService {

	static final int BATCH = 500;

	private static final String COLUMNS = "vendor_id, vendor_name, phi_access, last_audit_id, last_audit_on, "
			+ "last_result, cadence_months, cadence_source, next_due, due_basis";

	private static final String ORDER = " ORDER BY next_due NULLS LAST, lower(vendor_name), vendor_id";

	private final VendorService vendors;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final EntityManager entityManager;

	private final OrganisationClock clock;

	private final AuditCadencePolicy policy;

	AuditScheduleService(VendorService vendors, JdbcClient jdbc, JdbcTemplate jdbcTemplate, EntityManager entityManager,
			OrganisationClock clock, AuditCadencePolicy policy) {
		this.vendors = vendors;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.entityManager = entityManager;
		this.clock = clock;
		this.policy = policy;
	}

	/** The defaults in force (shown on the pages). */
	public AuditCadencePolicy policy() {
		return this.policy;
	}

	/** One vendor's stored state, if computed. */
	@Transactional(readOnly = true)
	public java.util.Optional<AuditStanding> forVendor(long vendorId) {
		LocalDate today = this.clock.today();
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM vendor_audit_state WHERE vendor_id = ?")
			.param(vendorId)
			.query((rs, n) -> standing(rs, today))
			.optional();
	}

	/**
	 * Last audit on, last result and next due of these vendors, in ONE query (for per-vendor views that
	 * join them in). Vendors never computed are missing from the map.
	 */
	@Transactional(readOnly = true)
	public Map<Long, AuditStanding> forVendors(Collection<Long> vendorIds) {
		if (vendorIds.isEmpty()) {
			return Map.of();
		}
		LocalDate today = this.clock.today();
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM vendor_audit_state WHERE vendor_id IN (:ids)")
			.param("ids", vendorIds.stream().distinct().toList())
			.query((rs, n) -> standing(rs, today))
			.list()
			.stream()
			.collect(Collectors.toMap(AuditStanding::vendorId, Function.identity()));
	}

	/** A page of vendors with an audit or a due date, by next due date (soonest first), then name. */
	@Transactional(readOnly = true)
	public Page<AuditStanding> page(AuditListQuery query, Pageable requested) {
		LocalDate today = this.clock.today();
		StringBuilder where = new StringBuilder(" WHERE (next_due IS NOT NULL OR last_audit_on IS NOT NULL)");
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.due() == AuditListQuery.DueFilter.OVERDUE) {
			where.append(" AND next_due < :today");
			params.put("today", today);
		}
		else if (query.due() == AuditListQuery.DueFilter.WITHIN) {
			where.append(" AND next_due >= :today AND next_due <= :until");
			params.put("today", today);
			params.put("until", today.plusDays(query.withinDays()));
		}
		else if (query.due() == AuditListQuery.DueFilter.NEVER_AUDITED) {
			where.append(" AND last_audit_on IS NULL AND next_due IS NOT NULL");
		}
		if (query.result() != null) {
			where.append(" AND last_result = :result");
			params.put("result", query.result().name());
		}
		if (query.vendorId() != null) {
			where.append(" AND vendor_id = :vendor");
			params.put("vendor", query.vendorId());
		}
		long total = this.jdbc.sql("SELECT count(*) FROM vendor_audit_state" + where)
			.params(params)
			.query(Long.class)
			.single();
		Pageable pageable = Paging.within(requested, total);
		Map<String, Object> pageParams = new LinkedHashMap<>(params);
		pageParams.put("limit", pageable.getPageSize());
		pageParams.put("offset", pageable.getOffset());
		List<AuditStanding> rows = total == 0 ? List.of()
				: this.jdbc
					.sql("SELECT " + COLUMNS + " FROM vendor_audit_state" + where + ORDER + " LIMIT :limit OFFSET :offset")
					.params(pageParams)
					.query((rs, n) -> standing(rs, today))
					.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/**
	 * Recomputes these vendors from their current inputs and replaces their rows (in the caller's
	 * transaction). A vendor that no longer exists loses its row.
	 */
	@Transactional
	public void recompute(Collection<Long> vendorIds) {
		List<Long> ids = vendorIds.stream().distinct().toList();
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			this.jdbc.sql("DELETE FROM vendor_audit_state WHERE vendor_id IN (:ids)").param("ids", batch).update();
			store(this.vendors.findSummaries(batch));
		}
	}

	/**
	 * Recomputes every vendor, in batches of {@value #BATCH} (a fixed number of queries each). Start-up on
	 * an empty table, the data generator; never on a request.
	 * @return how many vendors have a next audit due
	 */
	@Transactional
	public long rebuild() {
		this.jdbc.sql("DELETE FROM vendor_audit_state").update();
		this.entityManager.flush();
		List<VendorSummary> all = this.vendors.allSummaries();
		this.entityManager.clear();
		for (int from = 0; from < all.size(); from += BATCH) {
			store(all.subList(from, Math.min(all.size(), from + BATCH)));
		}
		this.jdbc.sql("""
				INSERT INTO vendor_audit_state_rebuild (id, rebuilt_at) VALUES (1, :now)
				ON CONFLICT (id) DO UPDATE SET rebuilt_at = EXCLUDED.rebuilt_at""")
			.param("now", Timestamp.from(this.clock.now()))
			.update();
		return this.jdbc.sql("SELECT count(*) FROM vendor_audit_state WHERE next_due IS NOT NULL")
			.query(Long.class)
			.single();
	}

	/**
	 * Whether the state was never rebuilt in full here (a new or migrated database), even if some vendors
	 * were recomputed on their own before start-up completed (demo data, an event).
	 */
	@Transactional(readOnly = true)
	public boolean neverComputed() {
		return this.jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM vendor_audit_state_rebuild)")
			.query(Boolean.class)
			.single();
	}

	/**
	 * Whether stored rows were computed with other defaults than the ones in force (the settings changed
	 * since): a default cadence or a grace period that differs. Two queries, at start-up only.
	 */
	@Transactional(readOnly = true)
	public boolean policyChanged() {
		boolean cadence = this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM vendor_audit_state WHERE cadence_source = 'PHI_ACCESS' AND cadence_months <>
				    CASE phi_access WHEN 'PHI' THEN :phi WHEN 'LIMITED_DATA_SET' THEN :lds ELSE :other END)""")
			.param("phi", this.policy.phiMonths())
			.param("lds", this.policy.limitedDataSetMonths())
			.param("other", this.policy.otherMonths())
			.query(Boolean.class)
			.single();
		return cadence || this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM vendor_audit_state s JOIN vendor_audit_cadence c ON c.vendor_id = s.vendor_id
				    WHERE s.due_basis = 'ONBOARDING_GRACE' AND s.next_due <> c.in_service_since + :grace)""")
			.param("grace", this.policy.graceDays())
			.query(Boolean.class)
			.single();
	}

	/**
	 * Computes and writes the rows of these vendors (two queries and two batches); an upsert, so that two
	 * transactions recomputing one vendor at once do not collide.
	 */
	private void store(List<VendorSummary> batch) {
		if (batch.isEmpty()) {
			return;
		}
		LocalDate today = this.clock.today();
		List<Long> ids = batch.stream().map(VendorSummary::id).toList();
		Map<Long, AuditScheduleRules.LastAudit> last = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT DISTINCT ON (vendor_id) vendor_id, id, performed_on, result FROM vendor_audit
				WHERE vendor_id IN (:ids) ORDER BY vendor_id, performed_on DESC, id DESC""")
			.param("ids", ids)
			.query((rs) -> {
				last.put(rs.getLong("vendor_id"), new AuditScheduleRules.LastAudit(rs.getLong("id"),
						rs.getObject("performed_on", LocalDate.class), AuditResult.valueOf(rs.getString("result"))));
			});
		Map<Long, Object[]> cadence = new LinkedHashMap<>();
		this.jdbc.sql("SELECT vendor_id, override_months, in_service_since FROM vendor_audit_cadence WHERE vendor_id IN (:ids)")
			.param("ids", ids)
			.query((rs) -> {
				cadence.put(rs.getLong("vendor_id"), new Object[] { rs.getObject("override_months", Integer.class),
						rs.getObject("in_service_since", LocalDate.class) });
			});
		List<Object[]> firstInService = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (VendorSummary vendor : batch) {
			Object[] setting = cadence.get(vendor.id());
			Integer override = setting == null ? null : (Integer) setting[0];
			LocalDate inServiceSince = setting == null ? null : (LocalDate) setting[1];
			if (inServiceSince == null && vendor.inService()) {
				inServiceSince = today;
				firstInService.add(new Object[] { vendor.id(), today, Timestamp.from(this.clock.now()), Actor.current() });
			}
			AuditScheduleRules.LastAudit latest = last.get(vendor.id());
			AuditScheduleRules.Schedule schedule = AuditScheduleRules.evaluate(vendor, latest, override,
					inServiceSince, this.policy);
			rows.add(new Object[] { vendor.id(), vendor.name(), vendor.phiAccess().name(), vendor.businessOwnerId(),
					latest == null ? null : latest.id(), latest == null ? null : latest.performedOn(),
					latest == null ? null : latest.result().name(), schedule.cadenceMonths(),
					schedule.cadenceSource().name(), schedule.nextDue(), schedule.basis().name(), today });
		}
		if (!firstInService.isEmpty()) {
			this.jdbcTemplate.batchUpdate("""
					INSERT INTO vendor_audit_cadence (vendor_id, in_service_since, updated_at, updated_by)
					VALUES (?, ?, ?, ?)
					ON CONFLICT (vendor_id) DO UPDATE SET in_service_since = EXCLUDED.in_service_since
					WHERE vendor_audit_cadence.in_service_since IS NULL""", firstInService);
		}
		this.jdbcTemplate.batchUpdate("""
				INSERT INTO vendor_audit_state (vendor_id, vendor_name, phi_access, owner_id, last_audit_id,
				    last_audit_on, last_result, cadence_months, cadence_source, next_due, due_basis, computed_on)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (vendor_id) DO UPDATE SET vendor_name = EXCLUDED.vendor_name,
				    phi_access = EXCLUDED.phi_access, owner_id = EXCLUDED.owner_id,
				    last_audit_id = EXCLUDED.last_audit_id, last_audit_on = EXCLUDED.last_audit_on,
				    last_result = EXCLUDED.last_result, cadence_months = EXCLUDED.cadence_months,
				    cadence_source = EXCLUDED.cadence_source, next_due = EXCLUDED.next_due,
				    due_basis = EXCLUDED.due_basis, computed_on = EXCLUDED.computed_on""", rows);
	}

	static AuditStanding standing(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate nextDue = rs.getObject("next_due", LocalDate.class);
		String result = rs.getString("last_result");
		return new AuditStanding(rs.getLong("vendor_id"), rs.getString("vendor_name"),
				PhiAccess.valueOf(rs.getString("phi_access")), rs.getObject("last_audit_id", Long.class),
				rs.getObject("last_audit_on", LocalDate.class), result == null ? null : AuditResult.valueOf(result),
				rs.getInt("cadence_months"), CadenceSource.valueOf(rs.getString("cadence_source")), nextDue,
				DueBasis.valueOf(rs.getString("due_basis")),
				nextDue == null ? null : ChronoUnit.DAYS.between(today, nextDue));
	}

}
