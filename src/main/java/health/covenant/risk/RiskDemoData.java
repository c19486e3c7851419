package health.covenant.risk;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import health.covenant.obligations.ObligationSubjectChanged;
import health.covenant.shared.DemoDataLoader;
import health.covenant.shared.OrganisationClock;
import health.covenant.vendors.RiskTier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo risk history. The scores themselves were computed while the other modules loaded their demo
 * data (every change marks the vendor); this loader gives them a past: every vendor was first scored
 * eleven months ago; a vendor whose certification lapsed shows the rise on the day after its last day;
 * one shows the fall when a high finding was remediated four months ago; one vendor's tier rose three
 * days ago when its BAA ended and waits in the review queue; and one tier was overridden by the security officer.
 */
@Component
class RiskDemoData implements DemoDataLoader {

	private final RiskService risks;

	private final JdbcClient jdbc;

	private final OrganisationClock clock;

	private final ApplicationEventPublisher events;

	RiskDemoData(RiskService risks, JdbcClient jdbc, OrganisationClock clock, ApplicationEventPublisher events) {
		this.risks = risks;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public String name() {
		return "risk.history";
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public void load() {
		LocalDate today = this.clock.today();
		LocalDate firstScored = today.minusMonths(11);
		// the history written while loading is all "today": it starts eleven months ago instead
		this.jdbc.sql("DELETE FROM risk_snapshot").update();
		this.jdbc.sql("""
				INSERT INTO risk_snapshot (vendor_id, computed_at, computed_on, model_version, inherent, effectiveness,
				                           residual, tier, inputs_digest, factors)
				SELECT vendor_id, ?, ?, model_version, inherent, effectiveness, residual, computed_tier, inputs_digest, factors
				FROM vendor_risk""")
			.params(at(firstScored), firstScored)
			.update();
		this.jdbc.sql("UPDATE vendor_risk SET changed_on = ?").param(firstScored).update();
		// the tiers the loaders moved through while building the demo vendors were never "changes": the
		// current computed tiers are the ones decided on
		List<Long> settled = this.jdbc.sql("SELECT vendor_id FROM vendor_risk WHERE awaiting_review")
			.query(Long.class)
			.list();
		this.jdbc.sql("""
				UPDATE vendor_risk SET baseline_tier = computed_tier, awaiting_review = FALSE, review_reason = NULL,
				       awaiting_since = NULL""").update();
		settled.forEach((id) -> this.events.publishEvent(new ObligationSubjectChanged(RiskObligations.SUBJECT_TYPE, id)));
		double k = this.risks.settings().k();
		RiskProperties.Weights weights = this.risks.settings().weights();

		// a lapsed certification: assured (more credit) until its last day, the score rose the day after
		lapsed().ifPresent((row) -> {
			double before = Math.min(1.0, row.effectiveness() + weights.assurance());
			int residual = (int) Math.round(row.inherent() * (1 - k * before));
			LocalDate lapsedOn = today.minusDays(20);
			rewrite(row.vendorId(), firstScored, residual, before, this.risks.settings().tierOf(residual), row);
			this.jdbc.sql("UPDATE vendor_risk SET changed_on = ? WHERE vendor_id = ?").params(lapsedOn, row.vendorId()).update();
			this.jdbc.sql("UPDATE risk_snapshot SET computed_on = ?, computed_at = ? WHERE vendor_id = ? AND computed_on = ?")
				.params(lapsedOn, at(lapsedOn), row.vendorId(), today)
				.update();
		});
		// a high finding remediated four months ago: the score fell
		remediated().ifPresent((row) -> {
			double before = Math.max(0, row.effectiveness() - weights.findings() * 0.25);
			int residual = (int) Math.round(row.inherent() * (1 - k * before));
			LocalDate fixedOn = today.minusMonths(4);
			rewrite(row.vendorId(), firstScored, residual, before, this.risks.settings().tierOf(residual), row);
			this.jdbc.sql("UPDATE vendor_risk SET changed_on = ? WHERE vendor_id = ?").params(fixedOn, row.vendorId()).update();
			this.jdbc.sql("UPDATE risk_snapshot SET computed_on = ?, computed_at = ? WHERE vendor_id = ? AND computed_on = ?")
				.params(fixedOn, at(fixedOn), row.vendorId(), today)
				.update();
		});
		// a tier that rose three days ago when its BAA ended, awaiting review
		rise().ifPresent((row) -> {
			LocalDate rose = today.minusDays(3);
			double before = Math.min(1.0, row.effectiveness() + weights.baa() + weights.breachNotice() * 0.5);
			int residual = (int) Math.round(row.inherent() * (1 - k * before));
			RiskTier earlier = this.risks.settings().tierOf(residual);
			RiskTier baseline = earlier == RiskTier.CRITICAL ? RiskTier.HIGH : earlier;
			rewrite(row.vendorId(), firstScored, residual, before, baseline, row);
			this.jdbc.sql("UPDATE risk_snapshot SET computed_on = ?, computed_at = ? WHERE vendor_id = ? AND computed_on = ?")
				.params(rose, at(rose), row.vendorId(), today)
				.update();
			this.jdbc.sql("""
					UPDATE vendor_risk SET baseline_tier = ?, awaiting_review = TRUE, review_reason = 'TIER_INCREASE',
					       awaiting_since = ?, changed_on = ? WHERE vendor_id = ?""")
				.params(baseline.name(), rose, rose, row.vendorId())
				.update();
			this.events.publishEvent(new ObligationSubjectChanged(RiskObligations.SUBJECT_TYPE, row.vendorId()));
		});
		// the security officer judged one HIGH vendor to be MEDIUM
		overrideCandidate().ifPresent((row) -> asSecurityOfficer(() -> this.risks.override(row.vendorId(),
				RiskTier.MEDIUM,
				"Only de-identified extracts leave our network since the integration was re-scoped; the vendor's "
						+ "sub-processor list is under contract review.")));
	}

	/** Writes an earlier snapshot at {@code on} and moves the vendor's only snapshot (today's) to the present. */
	private void rewrite(long vendorId, LocalDate on, int residual, double effectiveness, RiskTier tier, Row row) {
		this.jdbc.sql("UPDATE risk_snapshot SET computed_on = ?, computed_at = ? WHERE vendor_id = ?")
			.params(this.clock.today(), at(this.clock.today()), vendorId)
			.update();
		this.jdbc.sql("""
				INSERT INTO risk_snapshot (vendor_id, computed_at, computed_on, model_version, inherent, effectiveness,
				                           residual, tier, inputs_digest, factors)
				SELECT vendor_id, ?, ?, model_version, inherent, ?, ?, ?, inputs_digest, factors
				FROM vendor_risk WHERE vendor_id = ?""")
			.params(at(on), on, Math.round(effectiveness * 100) / 100.0, residual, tier.name(), vendorId)
			.update();
	}

	private Optional<Row> lapsed() {
		return first("factors @> '[{\"messageKey\": \"risk.gate.lapsed\"}]' AND NOT awaiting_review");
	}

	private Optional<Row> remediated() {
		return first("factors @> '[{\"messageKey\": \"risk.control.findings.none\"}]' "
				+ "AND factors @> '[{\"messageKey\": \"risk.control.assessment.recent\"}]' AND NOT awaiting_review");
	}

	private Optional<Row> rise() {
		return first("gated AND NOT awaiting_review");
	}

	private Optional<Row> overrideCandidate() {
		return first("computed_tier = 'HIGH' AND NOT awaiting_review AND override_tier IS NULL");
	}

	private Optional<Row> first(String where) {
		return this.jdbc.sql("SELECT vendor_id, inherent, effectiveness, residual FROM vendor_risk WHERE " + where
				+ " AND vendor_id NOT IN (SELECT vendor_id FROM risk_snapshot GROUP BY vendor_id HAVING count(*) > 1)"
				+ " ORDER BY residual DESC, vendor_id LIMIT 1")
			.query((rs, n) -> new Row(rs.getLong("vendor_id"), rs.getInt("inherent"), rs.getDouble("effectiveness"),
					rs.getInt("residual")))
			.optional();
	}

	private static Timestamp at(LocalDate day) {
		return Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
	}

	private static void asSecurityOfficer(Runnable work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("security@covenant.test", null,
				List.of(new SimpleGrantedAuthority("ROLE_SECURITY_OFFICER"))));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private record Row(long vendorId, int inherent, double effectiveness, int residual) {
	}

}
