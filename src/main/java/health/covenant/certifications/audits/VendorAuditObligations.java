package health.covenant.certifications.audits;

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
 * "Next audit due" for the obligations module, one per vendor with a due date, read from the stored
 * audit state. The subject is the vendor; the key names the audit it follows
 * ({@code vendor-audit:<vendor>:after:<audit>}, or {@code …:after:none} for a PHI vendor never audited), so
 * recording a newer audit completes the old obligation and opens the next one. Owner: the vendor's
 * business owner; the reminder rule adds the security officers.
 */
@Component
class VendorAuditObligations implements ObligationSource {

	static final String SUBJECT_TYPE = "VendorAuditSchedule";

	private static final String SELECT = "SELECT vendor_id, vendor_name, owner_id, last_audit_id, last_audit_on, "
			+ "last_result, cadence_months, cadence_source, next_due, due_basis FROM vendor_audit_state "
			+ "WHERE next_due IS NOT NULL";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Dates dates;

	VendorAuditObligations(JdbcClient jdbc, MessageSource messages, Dates dates) {
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
		Long lastAuditId = rs.getObject("last_audit_id", Long.class);
		LocalDate lastOn = rs.getObject("last_audit_on", LocalDate.class);
		LocalDate due = rs.getObject("next_due", LocalDate.class);
		int months = rs.getInt("cadence_months");
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put(text("vendorAudits.vendor"), vendorName);
		facts.put(text("vendorAudits.nextDue"), this.dates.date(due));
		if (lastOn != null) {
			facts.put(text("vendorAudits.lastAudit"), this.dates.date(lastOn));
			facts.put(text("vendorAudits.lastResult"), text("vendorAudits.result." + rs.getString("last_result")));
			facts.put(text("vendorAudits.cadence"), text("vendorAudits.months", months) + " ("
					+ text("vendorAudits.cadenceSource." + rs.getString("cadence_source")) + ")");
		}
		else {
			facts.put(text("vendorAudits.lastAudit"), text("vendorAudits.never"));
			facts.put(text("vendorAudits.dueBasis"), text("vendorAudits.dueBasis.ONBOARDING_GRACE"));
		}
		String key = "vendor-audit:" + vendorId + ":after:" + (lastAuditId == null ? "none" : lastAuditId);
		return new ObligationDraft(key, ObligationKind.VENDOR_AUDIT_DUE, due, vendorId, SUBJECT_TYPE, vendorId,
				text("vendorAudits.obligation.title", vendorName), "/vendors/" + vendorId,
				rs.getObject("owner_id", Long.class), false, facts);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, Locale.ENGLISH);
	}

}
