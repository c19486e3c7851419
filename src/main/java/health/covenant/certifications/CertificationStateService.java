package health.covenant.certifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import health.covenant.shared.OrganisationClock;
import health.covenant.shared.Paging;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certification states, stored: each certification's schedule ({@link CertificationValidity}) in
 * {@code certification_state} and each vendor's best assurance in {@code vendor_assurance}, recomputed
 * per vendor when a certification or the vendor changes ({@link CertificationMaintenance}), in the
 * transaction of the change. Only dates are stored; reads derive the state with today as a parameter,
 * so the calendar moves nothing stored except which certification is a vendor's best, recomputed by
 * the nightly step on the vendor's {@code recheck_on} ({@link #refreshDue()}). {@link #rebuild()}
 * recomputes everything in batches (start-up on an empty table, the data generator).
 */
@Service
public class CertificationStateService {

	/** Vendors recomputed together: a fixed number of queries per batch. */
	static final int BATCH = 500;

	private static final String COLUMNS = "s.certification_id, s.vendor_id, s.vendor_name, s.type, s.report_date, "
			+ "s.valid_until, s.lapses_on, s.lapse, s.expiring_from, s.bridged_from, s.interim_due_on, "
			+ "s.surveillance_due_on, s.rule_key, s.rule_dates, s.renewed_by, c.verified_at";

	private static final String FROM = " FROM certification_state s JOIN certification c ON c.id = s.certification_id";

	private final CertificationRepository certifications;

	private final VendorService vendors;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final EntityManager entityManager;

	private final OrganisationClock clock;

	CertificationStateService(CertificationRepository certifications, VendorService vendors, JdbcClient jdbc,
			JdbcTemplate jdbcTemplate, EntityManager entityManager, OrganisationClock clock) {
		this.certifications = certifications;
		this.vendors = vendors;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** A vendor's certifications, newest report first (renewed ones included, marked). */
	@Transactional(readOnly = true)
	public List<CertificationRow> forVendor(long vendorId) {
		LocalDate today = this.clock.today();
		return this.jdbc.sql("SELECT " + COLUMNS + FROM
				+ " WHERE s.vendor_id = ? ORDER BY s.report_date DESC, s.certification_id DESC")
			.param(vendorId)
			.query((rs, n) -> row(rs, today))
			.list();
	}

	/** One certification's stored row. */
	@Transactional(readOnly = true)
	public Optional<CertificationRow> find(long certificationId) {
		LocalDate today = this.clock.today();
		return this.jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE s.certification_id = ?")
			.param(certificationId)
			.query((rs, n) -> row(rs, today))
			.optional();
	}

	/** A vendor's assurance at a glance (two indexed reads). */
	@Transactional(readOnly = true)
	public VendorAssurance assurance(long vendorId) {
		LocalDate today = this.clock.today();
		return this.jdbc
			.sql("SELECT vendor_id, phi_in_service, best_certification_id, assured_until FROM vendor_assurance "
					+ "WHERE vendor_id = ?")
			.param(vendorId)
			.query((rs, n) -> {
				Long best = rs.getObject("best_certification_id", Long.class);
				return new VendorAssurance(vendorId, best == null ? null : find(best).orElse(null),
						rs.getObject("assured_until", LocalDate.class), rs.getBoolean("phi_in_service"), today);
			})
			.optional()
			.orElse(new VendorAssurance(vendorId, null, null, false, today));
	}

	/**
	 * A page of the certifications that no newer report of the same type renewed, by soonest lapse
	 * (lapsed ones first), then vendor name.
	 */
	@Transactional(readOnly = true)
	public Page<CertificationRow> page(CertificationQuery query, Pageable requested) {
		LocalDate today = this.clock.today();
		StringBuilder where = new StringBuilder(" WHERE s.renewed_by IS NULL");
		List<Object> params = new ArrayList<>();
		if (query.type() != null) {
			where.append(" AND s.type = ?");
			params.add(query.type().name());
		}
		if (query.vendorId() != null) {
			where.append(" AND s.vendor_id = ?");
			params.add(query.vendorId());
		}
		if (query.state() != null) {
			switch (query.state()) {
				case VALID -> where.append(" AND s.expiring_from > ?");
				case EXPIRING -> {
					where.append(" AND s.expiring_from <= ? AND s.lapses_on > ?");
					params.add(today);
				}
				case STALE -> where.append(" AND s.lapse = 'STALE' AND s.lapses_on <= ?");
				case EXPIRED -> where.append(" AND s.lapse = 'EXPIRED' AND s.lapses_on <= ?");
				case MISSING -> throw new IllegalArgumentException("missing assurance is listed by missing()");
			}
			params.add(today);
		}
		if (query.withinDays() != null) {
			where.append(" AND s.lapses_on > ? AND s.valid_until <= ?");
			params.add(today);
			params.add(today.plusDays(query.withinDays()));
		}
		long total = this.jdbc.sql("SELECT count(*) FROM certification_state s" + where)
			.params(params)
			.query(Long.class)
			.single();
		Pageable pageable = Paging.within(requested, total);
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(pageable.getPageSize());
		pageParams.add(pageable.getOffset());
		List<CertificationRow> rows = total == 0 ? List.of()
				: this.jdbc.sql("SELECT " + COLUMNS + FROM + where
						+ " ORDER BY s.lapses_on, lower(s.vendor_name), s.certification_id LIMIT ? OFFSET ?")
					.params(pageParams)
					.query((rs, n) -> row(rs, today))
					.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** A page of the PHI vendors in service without current third-party assurance, by name. */
	@Transactional(readOnly = true)
	public Page<MissingAssurance> missing(Long vendorId, Pageable requested) {
		LocalDate today = this.clock.today();
		String where = " WHERE phi_in_service AND (assured_until IS NULL OR assured_until < ?)"
				+ (vendorId != null ? " AND vendor_id = ?" : "");
		List<Object> params = new ArrayList<>(List.of(today));
		if (vendorId != null) {
			params.add(vendorId);
		}
		long total = this.jdbc.sql("SELECT count(*) FROM vendor_assurance" + where)
			.params(params)
			.query(Long.class)
			.single();
		Pageable pageable = Paging.within(requested, total);
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(pageable.getPageSize());
		pageParams.add(pageable.getOffset());
		List<MissingAssurance> rows = total == 0 ? List.of()
				: this.jdbc.sql("SELECT vendor_id, vendor_name, assured_until FROM vendor_assurance" + where
						+ " ORDER BY lower(vendor_name), vendor_id LIMIT ? OFFSET ?")
					.params(pageParams)
					.query((rs, n) -> new MissingAssurance(rs.getLong("vendor_id"), rs.getString("vendor_name"),
							rs.getObject("assured_until", LocalDate.class)))
					.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/**
	 * Recomputes the stored states of these vendors' certifications and their assurance, replacing
	 * their rows (in the caller's transaction). A vendor that no longer exists loses its rows.
	 */
	@Transactional
	public void recompute(Collection<Long> vendorIds) {
		List<Long> ids = vendorIds.stream().distinct().toList();
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			this.jdbc.sql("DELETE FROM certification_state WHERE vendor_id IN (:ids)").param("ids", batch).update();
			this.jdbc.sql("DELETE FROM vendor_assurance WHERE vendor_id IN (:ids)").param("ids", batch).update();
			store(this.vendors.findSummaries(batch));
		}
	}

	/**
	 * Recomputes the vendors whose best certification changes with the calendar by today (one lapsed).
	 * @return how many vendors were recomputed
	 */
	@Transactional
	public int refreshDue() {
		List<Long> due = this.jdbc.sql("SELECT vendor_id FROM vendor_assurance WHERE recheck_on <= ?")
			.param(this.clock.today())
			.query(Long.class)
			.list();
		recompute(due);
		return due.size();
	}

	/**
	 * Recomputes every vendor, in batches of {@value #BATCH} (a fixed number of queries each). For
	 * start-up on empty tables and the data generator; never on a request.
	 * @return how many certifications are stored
	 */
	@Transactional
	public long rebuild() {
		this.jdbc.sql("DELETE FROM certification_state").update();
		this.jdbc.sql("DELETE FROM vendor_assurance").update();
		this.entityManager.flush();
		List<VendorSummary> all = this.vendors.allSummaries();
		this.entityManager.clear();
		for (int from = 0; from < all.size(); from += BATCH) {
			store(all.subList(from, Math.min(all.size(), from + BATCH)));
			this.entityManager.flush();
			this.entityManager.clear();
		}
		return this.jdbc.sql("SELECT count(*) FROM certification_state").query(Long.class).single();
	}

	/** Whether the states were never computed here (a new or migrated database). */
	@Transactional(readOnly = true)
	public boolean neverComputed() {
		return this.jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM vendor_assurance)").query(Boolean.class).single();
	}

	private void store(List<VendorSummary> batch) {
		if (batch.isEmpty()) {
			return;
		}
		LocalDate today = this.clock.today();
		Map<Long, List<Certification>> byVendor = this.certifications
			.findByVendors(batch.stream().map(VendorSummary::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Certification::getVendorId));
		List<Object[]> stateRows = new ArrayList<>();
		List<Object[]> assuranceRows = new ArrayList<>();
		for (VendorSummary vendor : batch) {
			Assessed assessed = assess(byVendor.getOrDefault(vendor.id(), List.of()), today);
			for (Assessed.Entry entry : assessed.entries()) {
				CertificationValidity.Schedule s = entry.schedule();
				stateRows.add(new Object[] { entry.certification().getId(), vendor.id(), vendor.name(),
						entry.certification().getType().name(), entry.certification().getReportDate(), s.validUntil(),
						s.lapsesOn(), s.lapse().name(), s.expiringFrom(), s.bridgedFrom(), s.interimDueOn(),
						s.surveillanceDueOn(), s.ruleKey(),
						s.ruleDates().stream().map(LocalDate::toString).collect(Collectors.joining(",")),
						entry.renewedBy() });
			}
			assuranceRows.add(new Object[] { vendor.id(), vendor.name(), vendor.handlesPhi() && vendor.inService(),
					assessed.bestId(), assessed.assuredUntil(), assessed.recheckOn(), today });
		}
		if (!stateRows.isEmpty()) {
			this.jdbcTemplate.batchUpdate("INSERT INTO certification_state (certification_id, vendor_id, vendor_name, "
					+ "type, report_date, valid_until, lapses_on, lapse, expiring_from, bridged_from, interim_due_on, "
					+ "surveillance_due_on, rule_key, rule_dates, renewed_by) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", stateRows);
		}
		this.jdbcTemplate.batchUpdate("INSERT INTO vendor_assurance (vendor_id, vendor_name, phi_in_service, "
				+ "best_certification_id, assured_until, recheck_on, computed_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
				assuranceRows);
	}

	/**
	 * One vendor's certifications assessed: each one's schedule and the newer report of the same type
	 * that renewed it; the best one (lowest rank among the current third-party assurance, else the
	 * last lapsed); the last day any not-renewed assurance counts; and the day the best one lapses
	 * (when another may become the best).
	 */
	record Assessed(List<Entry> entries, Long bestId, LocalDate assuredUntil, LocalDate recheckOn) {

		record Entry(Certification certification, CertificationValidity.Schedule schedule, Long renewedBy) {
		}

	}

	static Assessed assess(List<Certification> certifications, LocalDate today) {
		Map<CertificationType, Long> newest = new HashMap<>();
		List<Certification> ordered = certifications.stream()
			.sorted(Comparator.comparing(Certification::getReportDate)
				.thenComparing(Certification::getId)
				.reversed())
			.toList();
		List<Assessed.Entry> entries = new ArrayList<>();
		for (Certification certification : ordered) {
			Long renewedBy = newest.get(certification.getType());
			if (renewedBy == null) {
				newest.put(certification.getType(), certification.getId());
			}
			entries.add(new Assessed.Entry(certification, CertificationValidity.schedule(certification.details()),
					renewedBy));
		}
		List<Assessed.Entry> assurance = entries.stream()
			.filter((e) -> e.renewedBy() == null && e.certification().getType().isAssurance())
			.toList();
		LocalDate assuredUntil = assurance.stream()
			.map((e) -> e.schedule().validUntil())
			.max(Comparator.naturalOrder())
			.orElse(null);
		List<Assessed.Entry> current = assurance.stream()
			.filter((e) -> e.schedule().lapsesOn().isAfter(today))
			.toList();
		Assessed.Entry best = current.stream()
			.min(Comparator.comparingInt((Assessed.Entry e) -> e.certification().getType().rank())
				.thenComparing((e) -> e.schedule().validUntil(), Comparator.reverseOrder()))
			.orElseGet(() -> assurance.stream()
				.max(Comparator.comparing((Assessed.Entry e) -> e.schedule().validUntil()))
				.orElse(null));
		LocalDate recheckOn = current.stream()
			.map((e) -> e.schedule().lapsesOn())
			.min(Comparator.naturalOrder())
			.orElse(null);
		return new Assessed(entries, best == null ? null : best.certification().getId(), assuredUntil, recheckOn);
	}

	private static CertificationRow row(ResultSet rs, LocalDate today) throws SQLException {
		String dates = rs.getString("rule_dates");
		List<LocalDate> ruleDates = dates.isEmpty() ? List.of()
				: Arrays.stream(dates.split(",")).map(LocalDate::parse).toList();
		CertificationValidity.Schedule schedule = new CertificationValidity.Schedule(
				rs.getObject("valid_until", LocalDate.class), rs.getObject("lapses_on", LocalDate.class),
				CertificationType.Lapse.valueOf(rs.getString("lapse")), rs.getObject("expiring_from", LocalDate.class),
				rs.getObject("bridged_from", LocalDate.class), rs.getObject("interim_due_on", LocalDate.class),
				rs.getObject("surveillance_due_on", LocalDate.class), rs.getString("rule_key"), ruleDates);
		return new CertificationRow(rs.getLong("certification_id"), rs.getLong("vendor_id"),
				rs.getString("vendor_name"), CertificationType.valueOf(rs.getString("type")),
				rs.getObject("report_date", LocalDate.class), schedule, schedule.stateOn(today), today,
				rs.getObject("renewed_by", Long.class) != null, rs.getObject("verified_at") != null);
	}

}
