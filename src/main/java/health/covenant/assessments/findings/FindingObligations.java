package health.covenant.assessments.findings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import health.covenant.obligations.ObligationDraft;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationSource;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.web.Dates;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The obligations of findings, one subject per finding:
 * <ul>
 * <li>{@code FINDING_REMEDIATION_DUE} while the finding is open, due on its due date. The key names the
 * finding's cycle ({@code finding:<id>:remediation:<cycle>}): remediating or accepting the risk completes
 * it (the source no longer returns it), reopening starts a new one. When an acceptance runs out the
 * finding is open again under a new key ({@code …:expired:<date>}), overdue at once if its due date passed.
 * <li>{@code FINDING_ACCEPTANCE_EXPIRES} while a risk is accepted, due on the acceptance's expiry date
 * (reminded 30, 7 and 0 days before); it ends the day after.
 * </ul>
 * Owner: the finding's internal owner; the reminder rules add the security officers.
 */
@Component
class FindingObligations implements ObligationSource {

	static final String SUBJECT_TYPE = "Finding";

	private static final String SELECT = "SELECT id, vendor_id, severity, title, status, due_on, owner_id, cycle, "
			+ "accepted_on, acceptance_expires_on FROM finding WHERE status <> 'REMEDIATED'";

	private final JdbcClient jdbc;

	private final VendorService vendors;

	private final OrganisationClock clock;

	private final MessageSource messages;

	private final Dates dates;

	FindingObligations(JdbcClient jdbc, VendorService vendors, OrganisationClock clock, MessageSource messages,
			Dates dates) {
		this.jdbc = jdbc;
		this.vendors = vendors;
		this.clock = clock;
		this.messages = messages;
		this.dates = dates;
	}

	@Override
	public String subjectType() {
		return SUBJECT_TYPE;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ObligationDraft> all() {
		return drafts(this.jdbc.sql(SELECT).query(this::row).list());
	}

	@Override
	@Transactional(readOnly = true)
	public List<ObligationDraft> forSubject(long subjectId) {
		return forSubjects(List.of(subjectId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ObligationDraft> forSubjects(Collection<Long> subjectIds) {
		if (subjectIds.isEmpty()) {
			return List.of();
		}
		return drafts(this.jdbc.sql(SELECT + " AND id IN (:ids)")
			.param("ids", subjectIds.stream().distinct().toList())
			.query(this::row)
			.list());
	}

	/** Accepted risks whose expiry is the day (the finding opens again) or the day before (the reminder ends). */
	@Override
	@Transactional(readOnly = true)
	public Optional<Set<Long>> movedByCalendar(LocalDate day) {
		return Optional.of(Set.copyOf(this.jdbc
			.sql("SELECT id FROM finding WHERE status = 'RISK_ACCEPTED' AND acceptance_expires_on IN (:day, :before)")
			.param("day", day)
			.param("before", day.minusDays(1))
			.query(Long.class)
			.list()));
	}

	private record Row(long id, long vendorId, FindingSeverity severity, String title, FindingStatus status,
			LocalDate dueOn, Long ownerId, int cycle, LocalDate acceptedOn, LocalDate expiresOn) {
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("vendor_id"), FindingSeverity.valueOf(rs.getString("severity")),
				rs.getString("title"), FindingStatus.valueOf(rs.getString("status")),
				rs.getObject("due_on", LocalDate.class), rs.getObject("owner_id", Long.class), rs.getInt("cycle"),
				rs.getObject("accepted_on", LocalDate.class), rs.getObject("acceptance_expires_on", LocalDate.class));
	}

	private List<ObligationDraft> drafts(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		LocalDate today = this.clock.today();
		Map<Long, String> names = this.vendors
			.findSummaries(rows.stream().map(Row::vendorId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(VendorSummary::id, VendorSummary::name));
		List<ObligationDraft> drafts = new ArrayList<>();
		for (Row row : rows) {
			String vendorName = names.getOrDefault(row.vendorId(), "#" + row.vendorId());
			Map<String, String> facts = new LinkedHashMap<>();
			facts.put(text("findings.vendor"), vendorName);
			facts.put(text("findings.severity"), text("findings.severity." + row.severity()));
			facts.put(text("findings.dueOn"), this.dates.date(row.dueOn()));
			String link = "/findings/" + row.id();
			String base = "finding:" + row.id();
			if (row.status() == FindingStatus.OPEN) {
				drafts.add(new ObligationDraft(base + ":remediation:" + row.cycle(), ObligationKind.FINDING_REMEDIATION_DUE,
						row.dueOn(), row.vendorId(), SUBJECT_TYPE, row.id(),
						text("findings.obligation.remediation", row.title(), vendorName), link, row.ownerId(), false,
						facts));
				continue;
			}
			// accepted
			facts.put(text("findings.acceptance.expiresOn"), this.dates.date(row.expiresOn()));
			if (!row.expiresOn().isBefore(today)) {
				drafts.add(new ObligationDraft(base + ":acceptance:" + row.cycle() + ":" + row.acceptedOn(),
						ObligationKind.FINDING_ACCEPTANCE_EXPIRES, row.expiresOn(), row.vendorId(), SUBJECT_TYPE,
						row.id(), text("findings.obligation.acceptance", row.title(), vendorName), link, row.ownerId(),
						false, facts, text("findings.obligation.acceptance.ifMissed")));
			}
			if (FindingRules.acceptanceExpired(row.status(), row.expiresOn(), today)) {
				drafts.add(new ObligationDraft(base + ":remediation:" + row.cycle() + ":expired:" + row.expiresOn(),
						ObligationKind.FINDING_REMEDIATION_DUE, row.dueOn(), row.vendorId(), SUBJECT_TYPE, row.id(),
						text("findings.obligation.remediation", row.title(), vendorName), link, row.ownerId(), false,
						facts));
			}
		}
		return drafts;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, Locale.ENGLISH);
	}

}
