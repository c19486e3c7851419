package health.covenant.agreements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import health.covenant.certifications.CertificationAssurance;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.Paging;
import health.covenant.vendors.SubprocessorSummary;
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
 * Compliance gaps, stored: the rules ({@link ComplianceGapRules}) are applied to one vendor at a time
 * when its inputs change ({@link ComplianceGapMaintenance}) and the result replaces the vendor's rows
 * of {@code compliance_gap}; every read (vendor page, list, navigation count) is an indexed query of
 * that table, filtered by the day each gap starts to show. Only what the calendar alone moves (a term
 * ends, a notice deadline passes, a later version takes effect) is recomputed by the hourly job, for
 * the vendors whose stored recheck day has come ({@link #refreshDue()}). {@link #rebuild()} recomputes
 * everything (start-up on an empty table, the data generator, the benchmark).
 */
@Service
public class ComplianceGapService {

	/** Vendors recomputed together: a fixed number of queries per batch. */
	static final int BATCH = 500;

	private static final String COLUMNS = "kind, vendor_id, vendor_name, agreement_id, agreement_kind, subject, "
			+ "gap_date, missing_count, link";

	private static final String ORDER = " ORDER BY severity, lower(vendor_name), gap_date NULLS LAST, id";

	private final AgreementQueries agreements;

	private final CertificationAssurance assurance;

	private final VendorService vendors;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final EntityManager entityManager;

	private final OrganisationClock clock;

	ComplianceGapService(AgreementQueries agreements, CertificationAssurance assurance, VendorService vendors,
			JdbcClient jdbc, JdbcTemplate jdbcTemplate, EntityManager entityManager, OrganisationClock clock) {
		this.clock = clock;
		this.assurance = assurance;
		this.agreements = agreements;
		this.vendors = vendors;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.entityManager = entityManager;
	}

	/** The gaps of one vendor that show today, most serious kind first. */
	@Transactional(readOnly = true)
	public List<ComplianceGap> forVendor(long vendorId) {
		LocalDate today = this.clock.today();
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM compliance_gap WHERE vendor_id = ? AND visible_from <= ?" + ORDER)
			.params(vendorId, today)
			.query((rs, n) -> gap(rs, today))
			.list();
	}

	/**
	 * A page of the gaps that show today, most serious kind first, then by vendor name and date.
	 * @param kind only gaps of this kind, or null for all
	 */
	@Transactional(readOnly = true)
	public Page<ComplianceGap> page(GapKind kind, Pageable requested) {
		LocalDate today = this.clock.today();
		String where = " WHERE visible_from <= ?" + (kind != null ? " AND severity = ?" : "");
		List<Object> params = new ArrayList<>(List.of(today));
		if (kind != null) {
			params.add(kind.ordinal());
		}
		long total = this.jdbc.sql("SELECT count(*) FROM compliance_gap" + where)
			.params(params)
			.query(Long.class)
			.single();
		Pageable pageable = Paging.within(requested, total);
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(pageable.getPageSize());
		pageParams.add(pageable.getOffset());
		List<ComplianceGap> gaps = total == 0 ? List.of()
				: this.jdbc.sql("SELECT " + COLUMNS + " FROM compliance_gap" + where + ORDER + " LIMIT ? OFFSET ?")
					.params(pageParams)
					.query((rs, n) -> gap(rs, today))
					.list();
		return new PageImpl<>(gaps, pageable, total);
	}

	/** How many gaps show today, all of them (the navigation badge stops at its cap: {@link #countUpTo}). */
	@Transactional(readOnly = true)
	public long count() {
		return countUpTo(Integer.MAX_VALUE);
	}

	/** {@link #count()}, counting no further than {@code cap} (the navigation badge). */
	@Transactional(readOnly = true)
	public long countUpTo(int cap) {
		return this.jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM compliance_gap WHERE visible_from <= ? LIMIT ?) AS capped")
			.params(this.clock.today(), cap)
			.query(Long.class)
			.single();
	}

	/**
	 * Recomputes the gaps of these vendors from their current inputs and replaces their stored rows
	 * (in the caller's transaction when there is one). A vendor that no longer exists loses its rows.
	 */
	@Transactional
	public void recompute(Collection<Long> vendorIds) {
		List<Long> ids = vendorIds.stream().distinct().toList();
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			this.jdbc.sql("DELETE FROM compliance_gap WHERE vendor_id IN (:ids)").param("ids", batch).update();
			this.jdbc.sql("DELETE FROM compliance_gap_check WHERE vendor_id IN (:ids)").param("ids", batch).update();
			store(this.vendors.findSummaries(batch));
		}
	}

	/**
	 * Recomputes the vendors whose stored recheck day has come: a deadline passed, a term ended, an
	 * agreement or a later version took effect (the hourly agreements job). Cheap when none is due.
	 * @return how many vendors were recomputed
	 */
	@Transactional
	public int refreshDue() {
		List<Long> due = this.jdbc.sql("SELECT vendor_id FROM compliance_gap_check WHERE recheck_on <= ?")
			.param(this.clock.today())
			.query(Long.class)
			.list();
		recompute(due);
		return due.size();
	}

	/**
	 * Recomputes every vendor's gaps, in batches of {@value #BATCH} vendors (a fixed number of queries
	 * each). For start-up on an empty table, the data generator and the benchmark; never on a request.
	 * The persistence context is flushed and cleared after each batch, so that memory and dirty checking
	 * stay bounded: call it where no loaded entity is still in use.
	 * @return how many gaps there are now (those showing later included)
	 */
	@Transactional
	public long rebuild() {
		this.jdbc.sql("DELETE FROM compliance_gap").update();
		this.jdbc.sql("DELETE FROM compliance_gap_check").update();
		this.entityManager.flush();
		List<VendorSummary> all = this.vendors.allSummaries();
		this.entityManager.clear();
		for (int from = 0; from < all.size(); from += BATCH) {
			store(all.subList(from, Math.min(all.size(), from + BATCH)));
			this.entityManager.flush();
			this.entityManager.clear();
		}
		return this.jdbc.sql("SELECT count(*) FROM compliance_gap").query(Long.class).single();
	}

	/** Whether gaps were never computed here (a new or migrated database). */
	@Transactional(readOnly = true)
	public boolean neverComputed() {
		return this.jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM compliance_gap_check)").query(Boolean.class).single();
	}

	/** Computes and inserts the gaps of vendors whose rows were just deleted. */
	private void store(List<VendorSummary> batch) {
		if (batch.isEmpty()) {
			return;
		}
		LocalDate today = this.clock.today();
		List<Long> ids = batch.stream().map(VendorSummary::id).toList();
		Map<Long, List<AgreementRow>> agreementsByVendor = this.agreements.forVendors(ids)
			.stream()
			.collect(Collectors.groupingBy(AgreementRow::vendorId));
		Map<Long, List<SubprocessorSummary>> subsByVendor = this.vendors.subprocessorsOf(ids)
			.stream()
			.collect(Collectors.groupingBy(SubprocessorSummary::vendorId));
		Map<Long, LocalDate> assuredUntil = this.assurance.assuredUntil(ids);
		List<Object[]> gapRows = new ArrayList<>();
		List<Object[]> checkRows = new ArrayList<>();
		for (VendorSummary vendor : batch) {
			ComplianceGapRules.Result result = ComplianceGapRules.evaluate(vendor,
					agreementsByVendor.getOrDefault(vendor.id(), List.of()),
					subsByVendor.getOrDefault(vendor.id(), List.of()), assuredUntil.get(vendor.id()), today);
			for (ComplianceGapRules.Entry entry : result.gaps()) {
				ComplianceGap gap = entry.gap();
				gapRows.add(new Object[] { gap.vendorId(), gap.kind().name(), gap.kind().ordinal(), gap.vendorName(),
						gap.agreementId(), gap.agreementKind() == null ? null : gap.agreementKind().name(),
						gap.subject(), gap.date(), gap.count(), gap.link(), entry.visibleFrom() });
			}
			checkRows.add(new Object[] { vendor.id(), result.recheckOn(), today });
		}
		if (!gapRows.isEmpty()) {
			this.jdbcTemplate.batchUpdate("INSERT INTO compliance_gap (vendor_id, kind, severity, vendor_name, "
					+ "agreement_id, agreement_kind, subject, gap_date, missing_count, link, visible_from) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", gapRows);
		}
		this.jdbcTemplate.batchUpdate(
				"INSERT INTO compliance_gap_check (vendor_id, recheck_on, computed_on) VALUES (?, ?, ?)", checkRows);
	}

	private static ComplianceGap gap(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate date = rs.getObject("gap_date", LocalDate.class);
		String agreementKind = rs.getString("agreement_kind");
		Long agreementId = rs.getObject("agreement_id", Long.class);
		return new ComplianceGap(GapKind.valueOf(rs.getString("kind")), rs.getLong("vendor_id"),
				rs.getString("vendor_name"), agreementId,
				agreementKind == null ? null : AgreementKind.valueOf(agreementKind), rs.getString("subject"), date,
				date == null ? null : ChronoUnit.DAYS.between(today, date), rs.getInt("missing_count"),
				rs.getString("link"));
	}

}
