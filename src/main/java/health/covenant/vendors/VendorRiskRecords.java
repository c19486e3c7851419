package health.covenant.vendors;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk tier and residual score kept on the vendor row (V68), written by the risk module and read by
 * the vendor list and by modules whose rules depend on the tier. Written with SQL that leaves the
 * vendor's version alone: a recomputed score must not make a user's open edit form stale.
 */
@Service
@NamedInterface("api")
public class VendorRiskRecords {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbcTemplate;

	VendorRiskRecords(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.events = events;
	}

	/**
	 * Records the vendor's effective tier and residual score; publishes {@link VendorRiskChanged} when the
	 * tier or whether it is an override changed.
	 * @return true when something changed
	 */
	@Transactional
	public boolean record(long vendorId, RiskTier tier, int residual, boolean overridden) {
		Objects.requireNonNull(tier, "tier");
		if (residual < 0 || residual > 100) {
			throw new IllegalArgumentException("residual out of 0..100: " + residual);
		}
		Optional<VendorRisk> before = of(vendorId);
		if (before.isPresent() && before.get().tier() == tier && before.get().residual() == residual
				&& before.get().overridden() == overridden) {
			return false;
		}
		this.jdbc.sql("""
				update vendor set risk_tier = :tier, risk_residual = :residual, risk_tier_overridden = :overridden
				where id = :id""")
			.param("tier", tier.name())
			.param("residual", residual)
			.param("overridden", overridden)
			.param("id", vendorId)
			.update();
		RiskTier previous = before.map(VendorRisk::tier).orElse(null);
		if (previous != tier || before.get().overridden() != overridden) {
			this.events.publishEvent(new VendorRiskChanged(vendorId, previous, tier, residual, overridden));
		}
		return true;
	}

	/**
	 * Records the effective tier and residual of many vendors: one read, one JDBC batch for those that
	 * changed, and {@link VendorRiskChanged} for each whose tier or override flag changed (the risk
	 * module's batched recomputation; {@link #record} costs two queries per vendor).
	 * @return how many vendor rows changed
	 */
	@Transactional
	public int recordAll(Collection<VendorRisk> risks) {
		if (risks.isEmpty()) {
			return 0;
		}
		Map<Long, VendorRisk> before = of(risks.stream().map(VendorRisk::vendorId).toList());
		List<VendorRisk> changed = risks.stream()
			.filter((risk) -> !risk.equals(before.get(risk.vendorId())))
			.toList();
		if (changed.isEmpty()) {
			return 0;
		}
		List<Object[]> rows = changed.stream()
			.map((risk) -> new Object[] { risk.tier().name(), risk.residual(), risk.overridden(), risk.vendorId() })
			.toList();
		this.jdbcTemplate.batchUpdate(
				"update vendor set risk_tier = ?, risk_residual = ?, risk_tier_overridden = ? where id = ?", rows);
		for (VendorRisk risk : changed) {
			VendorRisk previous = before.get(risk.vendorId());
			if (previous == null || previous.tier() != risk.tier() || previous.overridden() != risk.overridden()) {
				this.events.publishEvent(new VendorRiskChanged(risk.vendorId(), previous == null ? null : previous.tier(),
						risk.tier(), risk.residual(), risk.overridden()));
			}
		}
		return changed.size();
	}

	@Transactional(readOnly = true)
	public Optional<VendorRisk> of(long vendorId) {
		return this.jdbc.sql("""
				select id, risk_tier, risk_residual, risk_tier_overridden from vendor
				where id = :id and risk_tier is not null""")
			.param("id", vendorId)
			.query(VendorRiskRecords::row)
			.optional();
	}

	/** The recorded risk of each of these vendors that has one (one query). */
	@Transactional(readOnly = true)
	public Map<Long, VendorRisk> of(Collection<Long> vendorIds) {
		Map<Long, VendorRisk> risks = new HashMap<>();
		if (vendorIds.isEmpty()) {
			return risks;
		}
		this.jdbc.sql("""
				select id, risk_tier, risk_residual, risk_tier_overridden from vendor
				where id in (:ids) and risk_tier is not null""")
			.param("ids", vendorIds)
			.query(VendorRiskRecords::row)
			.list()
			.forEach((risk) -> risks.put(risk.vendorId(), risk));
		return risks;
	}

	private static VendorRisk row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
		return new VendorRisk(rs.getLong("id"), RiskTier.valueOf(rs.getString("risk_tier")), rs.getInt("risk_residual"),
				rs.getBoolean("risk_tier_overridden"));
	}

}
