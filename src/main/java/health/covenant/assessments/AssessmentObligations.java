package health.covenant.assessments;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import health.covenant.obligations.ObligationDraft;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationSource;
import health.covenant.shared.web.Dates;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Assessment due" for the obligations module, one per vendor with a next assessment due, read from the
 * stored assessment state. The key names the completed assessment it follows
 * ({@code assessment:<vendor>:after:<assessment>}, or {@code …:after:none}), so completing an assessment
 * completes the obligation and opens the next one. Owner: the vendor's business owner; the reminder rule
 * adds the security officers.
 */
@Component
class AssessmentObligations implements ObligationSource {

	static final String SUBJECT_TYPE = "VendorAssessmentSchedule";

	private static final String SELECT = "SELECT vendor_id, vendor_name, owner_id, last_assessment_id, "
			+ "last_completed_on, last_score, open_assessment_id, cadence_months, next_due, due_basis "
			+ "FROM vendor_assessment_state WHERE next_due IS NOT NULL";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Dates dates;

	AssessmentObligations(JdbcClient jdbc, MessageSource messages, Dates dates) {
		this.jdbc = jdbc;
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
		return this.jdbc.sql(SELECT).query((rs, n) -> draft(rs)).list();
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
		return this.jdbc.sql(SELECT + " AND vendor_id IN (:ids)")
			.param("ids", subjectIds.stream().distinct().toList())
			.query((rs, n) -> draft(rs))
			.list();
	}

	/** A due date moves only when an input changes (which announces the vendor), never with the calendar. */
	@Override
	public Optional<Set<Long>> movedByCalendar(LocalDate day) {
		return Optional.of(Set.of());
	}

	private ObligationDraft draft(java.sql.ResultSet rs) throws java.sql.SQLException {
		long vendorId = rs.getLong("vendor_id");
		String vendorName = rs.getString("vendor_name");
		Long lastId = rs.getObject("last_assessment_id", Long.class);
		LocalDate lastOn = rs.getObject("last_completed_on", LocalDate.class);
		Long openId = rs.getObject("open_assessment_id", Long.class);
		LocalDate due = rs.getObject("next_due", LocalDate.class);
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put(text("assessments.vendor"), vendorName);
		facts.put(text("assessments.nextDue"), this.dates.date(due));
		facts.put(text("assessments.dueBasis"), text("assessments.dueBasis." + rs.getString("due_basis")));
		if (lastOn != null) {
			facts.put(text("assessments.lastCompleted"), this.dates.date(lastOn));
			Integer score = rs.getObject("last_score", Integer.class);
			if (score != null) {
				facts.put(text("assessments.score"), Integer.toString(score));
			}
			facts.put(text("assessments.cadence"), text("assessments.months", rs.getInt("cadence_months")));
		}
		else {
			facts.put(text("assessments.lastCompleted"), text("assessments.never"));
		}
		String key = "assessment:" + vendorId + ":after:" + (lastId == null ? "none" : lastId);
		String link = openId != null ? "/assessments/" + openId : "/vendors/" + vendorId;
		return new ObligationDraft(key, ObligationKind.ASSESSMENT_DUE, due, vendorId, SUBJECT_TYPE, vendorId,
				text("assessments.obligation.title", vendorName), link, rs.getObject("owner_id", Long.class), false,
				facts);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, Locale.ENGLISH);
	}

}
