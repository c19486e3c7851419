package health.covenant.risk;

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

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Risk review due": one per vendor whose computed tier rose above the tier last decided on, due
 * {@value #DAYS_TO_REVIEW} days after it rose, for the security officers (the reminder rule's
 * recipients). The key names the day it started waiting ({@code risk-review:<vendor>:<day>}), so a
 * decision completes it and a later increase opens a new one.
 */
@Component
class RiskObligations implements ObligationSource {

	static final String SUBJECT_TYPE = "VendorRisk";

	/** Days a security officer has to decide on a tier increase. */
	static final int DAYS_TO_REVIEW = 7;

	private static final String SELECT = "SELECT vendor_id, vendor_name, residual, computed_tier, baseline_tier, "
			+ "awaiting_since FROM vendor_risk WHERE awaiting_review AND review_reason = 'TIER_INCREASE'";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	RiskObligations(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
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

	/** The due date is fixed when the tier rises; only a change of the score (announced) moves it. */
	@Override
	public Optional<Set<Long>> movedByCalendar(LocalDate day) {
		return Optional.of(Set.of());
	}

	private ObligationDraft draft(java.sql.ResultSet rs) throws java.sql.SQLException {
		long vendorId = rs.getLong("vendor_id");
		String vendorName = rs.getString("vendor_name");
		LocalDate since = rs.getObject("awaiting_since", LocalDate.class);
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put(text("risk.vendor"), vendorName);
		facts.put(text("risk.obligation.from"), text("risk.tier." + rs.getString("baseline_tier")));
		facts.put(text("risk.obligation.to"), text("risk.tier." + rs.getString("computed_tier")));
		facts.put(text("risk.residual"), Integer.toString(rs.getInt("residual")));
		return new ObligationDraft("risk-review:" + vendorId + ":" + since, ObligationKind.RISK_REVIEW_DUE,
				since.plusDays(DAYS_TO_REVIEW), vendorId, SUBJECT_TYPE, vendorId,
				text("risk.obligation.title", vendorName), "/risk/vendors/" + vendorId, null, false, facts);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, Locale.ENGLISH);
	}

}
