package health.covenant.assessments;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import health.covenant.vendors.RiskTier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (risk) read about many vendors' assessments and findings at once: one indexed query
 * each for a batch of vendors. Changes are announced by {@link AssessmentChanged} and
 * {@link VendorFindingsChanged}.
 */
@Service
@NamedInterface("api")
@Transactional(readOnly = true)
public class AssessmentReads {

	private final JdbcClient jdbc;

	AssessmentReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest completed assessment and next due date of these vendors (those with a stored state). */
	public Map<Long, LatestAssessment> latest(Collection<Long> vendorIds) {
		Map<Long, LatestAssessment> result = new HashMap<>();
		if (vendorIds.isEmpty()) {
			return result;
		}
		this.jdbc.sql("""
				SELECT vendor_id, last_assessment_id, last_score, last_completed_on, next_due
				FROM vendor_assessment_state WHERE vendor_id IN (:ids)""")
			.param("ids", List.copyOf(vendorIds))
			.query((rs, n) -> new LatestAssessment(rs.getLong("vendor_id"), rs.getObject("last_assessment_id", Long.class),
					rs.getObject("last_score", Integer.class),
					rs.getObject("last_completed_on", java.time.LocalDate.class),
					rs.getObject("next_due", java.time.LocalDate.class)))
			.list()
			.forEach((latest) -> result.put(latest.vendorId(), latest));
		return result;
	}

	/**
	 * The next assessments due from {@code from} to {@code to} (both included), earliest first, at most
	 * {@code limit} of them: one range read of the index on {@code next_due}.
	 */
	public List<ReassessmentDue> dueBetween(LocalDate from, LocalDate to, int limit) {
		return this.jdbc.sql("""
				SELECT vendor_id, vendor_name, next_due, due_basis, cadence_months, risk_tier, triggered_on,
				       open_assessment_id
				FROM vendor_assessment_state WHERE next_due IS NOT NULL AND next_due BETWEEN :from AND :to
				ORDER BY next_due, vendor_id LIMIT :limit""")
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query((rs, n) -> {
				String tier = rs.getString("risk_tier");
				return new ReassessmentDue(rs.getLong("vendor_id"), rs.getString("vendor_name"),
						rs.getObject("next_due", LocalDate.class),
						ReassessmentDue.Why.of(AssessmentScheduleRules.DueBasis.valueOf(rs.getString("due_basis"))),
						rs.getInt("cadence_months"), tier == null ? null : RiskTier.valueOf(tier),
						rs.getObject("triggered_on", LocalDate.class), rs.getObject("open_assessment_id", Long.class));
			})
			.list();
	}

	/** How many next assessments are due from {@code from} to {@code to} (both included). */
	public long countDueBetween(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT count(*) FROM vendor_assessment_state
				WHERE next_due IS NOT NULL AND next_due BETWEEN :from AND :to""")
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
	}

	/** The open findings of these vendors, by vendor. */
	public Map<Long, List<OpenFinding>> openFindings(Collection<Long> vendorIds) {
		if (vendorIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				SELECT vendor_id, id, severity, due_on FROM finding
				WHERE vendor_id IN (:ids) AND status = 'OPEN' ORDER BY vendor_id, id""")
			.param("ids", List.copyOf(vendorIds))
			.query((rs, n) -> new OpenFinding(rs.getLong("vendor_id"), rs.getLong("id"), rs.getString("severity"),
					rs.getObject("due_on", java.time.LocalDate.class)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(OpenFinding::vendorId));
	}

}
