package health.covenant.assessments;

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
import java.util.Optional;

import jakarta.persistence.EntityManager;

import health.covenant.assessments.AssessmentScheduleRules.CadenceSource;
import health.covenant.assessments.AssessmentScheduleRules.DueBasis;
import health.covenant.shared.Actor;
import health.covenant.certifications.CertificationAssurance;
import health.covenant.shared.OrganisationClock;
import health.covenant.vendors.RiskTier;
import health.covenant.vendors.VendorRisk;
import health.covenant.vendors.VendorRiskRecords;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored assessment state per vendor ({@code vendor_assessment_state}): last completed security and
 * AI assessment, the open one, cadence and next assessment due, computed by
 * {@link AssessmentScheduleRules} for one vendor at a time when an input changes
 * ({@link AssessmentScheduleMaintenance}) and read with indexed queries. {@link #rebuild()} recomputes
 * every vendor in batches (start-up when never computed, the data generator).
 */
@Service
public class AssessmentScheduleService {

	static final int BATCH = 500;

	static final String FAMILY = "('INITIAL', 'PERIODIC', 'TRIGGERED')";

	private static final String COLUMNS = "vendor_id, vendor_name, last_assessment_id, last_completed_on, last_score, "
			+ "open_assessment_id, open_status, cadence_months, cadence_source, next_due, due_basis, risk_tier, triggered_on";

	private final VendorService vendors;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final EntityManager entityManager;

	private final OrganisationClock clock;

	private final AssessmentPolicy policy;

	private final ReassessmentPolicy reassessment;

	private final VendorRiskRecords risks;

	private final CertificationAssurance assurance;

	AssessmentScheduleService(VendorService vendors, JdbcClient jdbc, JdbcTemplate jdbcTemplate,
			EntityManager entityManager, OrganisationClock clock, AssessmentPolicy policy,
			ReassessmentPolicy reassessment, VendorRiskRecords risks, CertificationAssurance assurance) {
		this.vendors = vendors;
		this.reassessment = reassessment;
		this.risks = risks;
		this.assurance = assurance;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.entityManager = entityManager;
		this.clock = clock;
		this.policy = policy;
	}

	public AssessmentPolicy policy() {
		return this.policy;
	}

	/** One vendor's stored state, if computed. */
	@Transactional(readOnly = true)
	public Optional<AssessmentStanding> forVendor(long vendorId) {
		LocalDate today = this.clock.today();
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM vendor_assessment_state WHERE vendor_id = ?")
			.param(vendorId)
			.query((rs, n) -> standing(rs, today))
			.optional();
	}

	/** Recomputes these vendors from their current inputs (in the caller's transaction). */
	@Transactional
	public void recompute(Collection<Long> vendorIds) {
		List<Long> ids = vendorIds.stream().distinct().toList();
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			this.jdbc.sql("DELETE FROM vendor_assessment_state WHERE vendor_id IN (:ids)").param("ids", batch).update();
			store(this.vendors.findSummaries(batch));
		}
	}

	/**
	 * Recomputes every vendor in batches of {@value #BATCH}; never on a request.
	 * @return how many vendors have a next assessment due
	 */
	@Transactional
	public long rebuild() {
		this.entityManager.flush();
		this.jdbc.sql("DELETE FROM vendor_assessment_state").update();
		List<VendorSummary> all = this.vendors.allSummaries();
		this.entityManager.clear();
		for (int from = 0; from < all.size(); from += BATCH) {
			store(all.subList(from, Math.min(all.size(), from + BATCH)));
		}
		this.jdbc.sql("""
				INSERT INTO vendor_assessment_state_rebuild (id, rebuilt_at) VALUES (1, :now)
				ON CONFLICT (id) DO UPDATE SET rebuilt_at = EXCLUDED.rebuilt_at""")
			.param("now", Timestamp.from(this.clock.now()))
			.update();
		return this.jdbc.sql("SELECT count(*) FROM vendor_assessment_state WHERE next_due IS NOT NULL")
			.query(Long.class)
			.single();
	}

	/** Whether the state was never rebuilt in full here (a new or migrated database). */
	@Transactional(readOnly = true)
	public boolean neverComputed() {
		return this.jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM vendor_assessment_state_rebuild)")
			.query(Boolean.class)
			.single();
	}

	private void store(List<VendorSummary> batch) {
		if (batch.isEmpty()) {
			return;
		}
		LocalDate today = this.clock.today();
		List<Long> ids = batch.stream().map(VendorSummary::id).toList();
		Map<Long, AssessmentScheduleRules.Last> last = new LinkedHashMap<>();
		this.jdbc.sql("SELECT DISTINCT ON (vendor_id) vendor_id, id, completed_on, score FROM assessment "
				+ "WHERE vendor_id IN (:ids) AND status IN ('COMPLETED', 'SUPERSEDED') AND kind IN " + FAMILY
				+ " ORDER BY vendor_id, completed_on DESC, id DESC")
			.param("ids", ids)
			.query((rs) -> {
				last.put(rs.getLong("vendor_id"), new AssessmentScheduleRules.Last(rs.getLong("id"),
						rs.getObject("completed_on", LocalDate.class), rs.getObject("score", Integer.class)));
			});
		Map<Long, AssessmentScheduleRules.Open> open = new LinkedHashMap<>();
		this.jdbc.sql("SELECT DISTINCT ON (vendor_id) vendor_id, id, status, due_on FROM assessment "
				+ "WHERE vendor_id IN (:ids) AND status IN ('DRAFT', 'IN_PROGRESS') AND kind IN " + FAMILY
				+ " ORDER BY vendor_id, due_on, id")
			.param("ids", ids)
			.query((rs) -> {
				open.put(rs.getLong("vendor_id"), new AssessmentScheduleRules.Open(rs.getLong("id"),
						AssessmentStatus.valueOf(rs.getString("status")), rs.getObject("due_on", LocalDate.class)));
			});
		Map<Long, Object[]> cadence = new LinkedHashMap<>();
		this.jdbc.sql("SELECT vendor_id, override_months, in_service_since FROM assessment_cadence WHERE vendor_id IN (:ids)")
			.param("ids", ids)
			.query((rs) -> {
				cadence.put(rs.getLong("vendor_id"), new Object[] { rs.getObject("override_months", Integer.class),
						rs.getObject("in_service_since", LocalDate.class) });
			});
		Map<Long, VendorRisk> risk = this.risks.of(ids);
		Map<Long, LocalDate> assuredUntil = this.assurance.assuredUntil(ids);
		Map<Long, List<LocalDate>> subprocessorsAdded = new LinkedHashMap<>();
		this.vendors.subprocessorsAddedAt(ids)
			.forEach((vendorId, added) -> subprocessorsAdded.put(vendorId, added.stream().map(this.clock::dateOf).toList()));
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
			AssessmentScheduleRules.Last latest = last.get(vendor.id());
			AssessmentScheduleRules.Open current = open.get(vendor.id());
			RiskTier tier = risk.containsKey(vendor.id()) ? risk.get(vendor.id()).tier() : null;
			AssessmentScheduleRules.Triggers triggers = new AssessmentScheduleRules.Triggers(
					assuredUntil.get(vendor.id()), subprocessorsAdded.get(vendor.id()));
			AssessmentScheduleRules.Schedule schedule = AssessmentScheduleRules.evaluate(vendor, latest, current,
					override, inServiceSince, tier, triggers, this.policy, this.reassessment);
			rows.add(new Object[] { vendor.id(), vendor.name(), vendor.phiAccess().name(), vendor.businessOwnerId(),
					latest == null ? null : latest.id(), latest == null ? null : latest.completedOn(),
					latest == null ? null : latest.score(), current == null ? null : current.id(),
					current == null ? null : current.status().name(), schedule.cadenceMonths(),
					schedule.cadenceSource().name(), schedule.nextDue(), schedule.basis().name(), today,
					tier == null ? null : tier.name(), schedule.triggeredOn() });
		}
		if (!firstInService.isEmpty()) {
			this.jdbcTemplate.batchUpdate("""
					INSERT INTO assessment_cadence (vendor_id, in_service_since, updated_at, updated_by)
					VALUES (?, ?, ?, ?)
					ON CONFLICT (vendor_id) DO UPDATE SET in_service_since = EXCLUDED.in_service_since
					WHERE assessment_cadence.in_service_since IS NULL""", firstInService);
		}
		this.jdbcTemplate.batchUpdate("""
				INSERT INTO vendor_assessment_state (vendor_id, vendor_name, phi_access, owner_id, last_assessment_id,
				    last_completed_on, last_score, open_assessment_id, open_status, cadence_months, cadence_source,
				    next_due, due_basis, computed_on, risk_tier, triggered_on)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (vendor_id) DO UPDATE SET vendor_name = EXCLUDED.vendor_name,
				    phi_access = EXCLUDED.phi_access, owner_id = EXCLUDED.owner_id,
				    last_assessment_id = EXCLUDED.last_assessment_id, last_completed_on = EXCLUDED.last_completed_on,
				    last_score = EXCLUDED.last_score, open_assessment_id = EXCLUDED.open_assessment_id,
				    open_status = EXCLUDED.open_status, cadence_months = EXCLUDED.cadence_months,
				    cadence_source = EXCLUDED.cadence_source, next_due = EXCLUDED.next_due,
				    due_basis = EXCLUDED.due_basis, computed_on = EXCLUDED.computed_on,
				    risk_tier = EXCLUDED.risk_tier, triggered_on = EXCLUDED.triggered_on""", rows);
	}

	static AssessmentStanding standing(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate nextDue = rs.getObject("next_due", LocalDate.class);
		String openStatus = rs.getString("open_status");
		String tier = rs.getString("risk_tier");
		return new AssessmentStanding(rs.getLong("vendor_id"), rs.getString("vendor_name"),
				rs.getObject("last_assessment_id", Long.class), rs.getObject("last_completed_on", LocalDate.class),
				rs.getObject("last_score", Integer.class), rs.getObject("open_assessment_id", Long.class),
				openStatus == null ? null : AssessmentStatus.valueOf(openStatus), rs.getInt("cadence_months"),
				CadenceSource.valueOf(rs.getString("cadence_source")), nextDue,
				DueBasis.valueOf(rs.getString("due_basis")),
				nextDue == null ? null : ChronoUnit.DAYS.between(today, nextDue),
				tier == null ? null : RiskTier.valueOf(tier), rs.getObject("triggered_on", LocalDate.class));
	}

}
