package health.covenant.incidents;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import health.covenant.shared.NotFoundException;
import health.covenant.shared.OrganisationClock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of incidents: one incident with its clocks, a page of the list (indexed, from the
 * incident rows alone), a vendor's incidents and SLA record.
 */
@Service
@Transactional(readOnly = true)
public class IncidentQueries {

	/** The list's order: soonest deadline still owed first, then the newest report. */
	private static final String ORDER = " order by next_deadline nulls last, reported_on desc, id desc";

	private static final String COLUMNS = """
			select id, vendor_id, vendor_name, kind, status, reported_on, phi_involved, individuals_affected,
			       individuals_estimated, sla_applies, sla_days_late, next_deadline
			from vendor_incident""";

	private final VendorIncidentRepository incidents;

	private final StateRules stateRules;

	private final JdbcClient jdbc;

	private final OrganisationClock clock;

	IncidentQueries(VendorIncidentRepository incidents, StateRules stateRules, JdbcClient jdbc,
			OrganisationClock clock) {
		this.incidents = incidents;
		this.stateRules = stateRules;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A vendor's SLA record: incidents with a window, and how many were reported late. */
	public record SlaRecord(long checked, long missed) {
	}

	/** The incident with its clocks as of today. */
	public IncidentView get(long id) {
		VendorIncident incident = this.incidents.findById(id)
			.orElseThrow(() -> new NotFoundException(IncidentService.ENTITY, id));
		LocalDate today = this.clock.today();
		BreachClocks.Sla sla = incident.isSlaApplies() ? BreachClocks.sla(incident.commitment(),
				incident.getVendorDiscoveredOn(), incident.getReportedOn()) : null;
		List<OwedNotice> notices = new ArrayList<>();
		for (BreachClocks.Deadline deadline : BreachClocks.deadlines(incident.facts(), this.stateRules.all())) {
			notices.add(new OwedNotice(deadline, incident.notifiedOn(deadline.audience(), deadline.stateCode())));
		}
		return new IncidentView(id, incident.getVersion(), incident.getVendorId(), incident.getVendorName(),
				incident.details(), incident.risk(), incident.getRiskAssessedOn(), incident.getRiskAssessedBy(),
				incident.getCommitmentAgreementId(), incident.commitment(), sla, List.copyOf(notices), today,
				incident.getCreatedAt(), incident.getCreatedBy(), incident.getUpdatedAt(), incident.getUpdatedBy());
	}

	/** The state rules, for the page that explains them. */
	public List<StateBreachRule> stateRules() {
		return this.stateRules.all();
	}

	/** One page of the list, soonest deadline first. */
	public Page<IncidentRow> page(IncidentQuery query, Pageable pageable) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> params = new ArrayList<>();
		if (query.openOnly()) {
			where.append(" and status <> 'CLOSED'");
		}
		if (query.vendorId() != null) {
			where.append(" and vendor_id = ?");
			params.add(query.vendorId());
		}
		if (query.kind() != null) {
			where.append(" and kind = ?");
			params.add(query.kind().name());
		}
		if (query.within() != null) {
			where.append(" and next_deadline <= ?");
			params.add(Date.valueOf(this.clock.today().plusDays(query.within())));
		}
		if (query.slaMissed()) {
			where.append(" and sla_applies and sla_days_late > 0");
		}
		long total = this.jdbc.sql("select count(*) from vendor_incident" + where).params(params).query(Long.class).single();
		if (total == 0) {
			return new PageImpl<>(List.of(), pageable, 0);
		}
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(pageable.getPageSize());
		pageParams.add(pageable.getOffset());
		List<IncidentRow> rows = this.jdbc.sql(COLUMNS + where + ORDER + " limit ? offset ?")
			.params(pageParams)
			.query(IncidentQueries::row)
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** A vendor's incidents, open first, then newest (the vendor page; at most {@code limit}). */
	public List<IncidentRow> forVendor(long vendorId, int limit) {
		return this.jdbc.sql(COLUMNS + " where vendor_id = ? order by (status = 'CLOSED'), reported_on desc, id desc limit ?")
			.params(vendorId, limit)
			.query(IncidentQueries::row)
			.list();
	}

	/** The vendor's SLA record in one indexed count. */
	public SlaRecord slaRecord(long vendorId) {
		return this.jdbc.sql("""
				select count(*) filter (where sla_applies) as checked,
				       count(*) filter (where sla_applies and sla_days_late > 0) as missed
				from vendor_incident where vendor_id = ?""")
			.param(vendorId)
			.query((rs, n) -> new SlaRecord(rs.getLong("checked"), rs.getLong("missed")))
			.single();
	}

	private static IncidentRow row(ResultSet rs, int n) throws SQLException {
		Date next = rs.getDate("next_deadline");
		int affected = rs.getInt("individuals_affected");
		Integer individuals = rs.wasNull() ? null : affected;
		return new IncidentRow(rs.getLong("id"), rs.getLong("vendor_id"), rs.getString("vendor_name"),
				IncidentKind.valueOf(rs.getString("kind")), IncidentStatus.valueOf(rs.getString("status")),
				rs.getDate("reported_on").toLocalDate(), rs.getBoolean("phi_involved"), individuals,
				rs.getBoolean("individuals_estimated"), rs.getBoolean("sla_applies"), rs.getInt("sla_days_late"),
				next == null ? null : next.toLocalDate());
	}

}
