package health.covenant.risk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import health.covenant.agreements.BaaStanding;
import health.covenant.agreements.BaaStandings;
import health.covenant.assessments.AssessmentReads;
import health.covenant.assessments.LatestAssessment;
import health.covenant.assessments.OpenFinding;
import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.certifications.CertificationAssurance;
import health.covenant.incidents.IncidentHistories;
import health.covenant.incidents.IncidentHistory;
import health.covenant.obligations.ObligationSubjectChanged;
import health.covenant.shared.Actor;
import health.covenant.shared.NotFoundException;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.Paging;
import health.covenant.vendors.RiskTier;
import health.covenant.vendors.SubprocessorSummary;
import health.covenant.vendors.VendorRisk;
import health.covenant.vendors.VendorRiskProfile;
import health.covenant.vendors.VendorRiskProfiles;
import health.covenant.vendors.VendorRiskRecords;
import health.covenant.vendors.VendorService;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk scores, stored (docs/derived-state.md): {@link RiskModel} is applied to a batch of vendors whose
 * inputs changed ({@link RiskMaintenance}), whose stored recheck day came ({@link #refreshDue()}) or all
 * of them ({@link #rebuild()}); the result replaces the vendor's {@code vendor_risk} row, a changed score
 * writes a {@code risk_snapshot}, and the effective tier goes to the vendor row. The same pass keeps the
 * review state: a computed tier that moves away from the tier last decided on puts the vendor in the
 * queue, and an override goes stale when the computed tier changes, the residual moves by
 * {@code material-change} points or its review comes due. Reads are indexed queries of
 * {@code vendor_risk}.
 */
@Service
public class RiskService {

	/** Vendors recomputed together: a fixed number of queries per batch. */
	static final int BATCH = 500;

	/** Who may decide on a tier. */
	public static final String REVIEWERS = "hasAnyRole('SECURITY_OFFICER', 'ADMIN')";

	static final String ENTITY = "VendorRisk";

	private static final TypeReference<List<RiskFactor>> FACTORS = new TypeReference<>() {
	};

	private static final String COLUMNS = "vendor_id, vendor_name, inherent, effectiveness, residual, computed_tier, "
			+ "gated, effective_tier, override_tier, factors::text AS factors, model_version, inputs_digest, "
			+ "computed_on, changed_on, baseline_tier, override_basis_tier, override_basis_residual, review_due, "
			+ "reviewed_on, review_reason, awaiting_since";

	private final RiskModel model;

	private final VendorRiskProfiles profiles;

	private final VendorService vendors;

	private final VendorRiskRecords records;

	private final BaaStandings baas;

	private final CertificationAssurance assurance;

	private final AssessmentReads assessments;

	private final IncidentHistories incidents;

	private final AuditService audit;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final JsonMapper json;

	private final OrganisationClock clock;

	private final ApplicationEventPublisher events;

	RiskService(RiskProperties settings, VendorRiskProfiles profiles, VendorService vendors, VendorRiskRecords records,
			BaaStandings baas, CertificationAssurance assurance, AssessmentReads assessments,
			IncidentHistories incidents, AuditService audit, JdbcClient jdbc, JdbcTemplate jdbcTemplate,
			JsonMapper json, OrganisationClock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.model = new RiskModel(settings);
		this.profiles = profiles;
		this.vendors = vendors;
		this.records = records;
		this.baas = baas;
		this.assurance = assurance;
		this.assessments = assessments;
		this.incidents = incidents;
		this.audit = audit;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.json = json;
		this.clock = clock;
	}

	public RiskProperties settings() {
		return this.model.settings();
	}

	// ---------------------------------------------------------------- reads

	/** One vendor's stored risk. */
	@Transactional(readOnly = true)
	public Optional<VendorRiskView> forVendor(long vendorId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM vendor_risk WHERE vendor_id = ?")
			.param(vendorId)
			.query(this::view)
			.optional();
	}

	/** A page of the register. */
	@Transactional(readOnly = true)
	public Page<VendorRiskView> register(RiskRegisterQuery query, Pageable requested) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		List<Object> params = new ArrayList<>();
		if (query.tier() != null) {
			where.append(" AND effective_tier = ?");
			params.add(query.tier().name());
		}
		if (query.changedSince() != null) {
			where.append(" AND changed_on >= ?");
			params.add(query.changedSince());
		}
		if (query.unreviewed()) {
			where.append(" AND awaiting_review");
		}
		return page(where.toString(), params, query.order(), requested);
	}

	/** A page of the review queue: longest waiting first. */
	@Transactional(readOnly = true)
	public Page<VendorRiskView> queue(Pageable requested) {
		return page(" WHERE awaiting_review", List.of(), " ORDER BY awaiting_since, vendor_id", requested);
	}

	/** How many vendors wait for review, all of them (the navigation badge stops at its cap: {@link #queueCountUpTo}). */
	@Transactional(readOnly = true)
	public long queueCount() {
		return queueCountUpTo(Integer.MAX_VALUE);
	}

	/** {@link #queueCount()}, counting no further than {@code cap} (the navigation badge). */
	@Transactional(readOnly = true)
	public long queueCountUpTo(int cap) {
		return this.jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM vendor_risk WHERE awaiting_review LIMIT ?) AS capped")
			.param(cap)
			.query(Long.class)
			.single();
	}

	/** The vendor's score history, oldest first (at most the last {@code limit} changes). */
	@Transactional(readOnly = true)
	public List<RiskSnapshot> history(long vendorId, int limit) {
		List<RiskSnapshot> latest = this.jdbc.sql("""
				SELECT id, computed_at, computed_on, model_version, inherent, effectiveness, residual, tier, inputs_digest
				FROM risk_snapshot WHERE vendor_id = ? ORDER BY computed_at DESC, id DESC LIMIT ?""")
			.params(vendorId, limit)
			.query((rs, n) -> new RiskSnapshot(rs.getLong("id"), rs.getTimestamp("computed_at").toInstant(),
					rs.getObject("computed_on", LocalDate.class), rs.getString("model_version"), rs.getInt("inherent"),
					rs.getDouble("effectiveness"), rs.getInt("residual"), RiskTier.valueOf(rs.getString("tier")),
					rs.getString("inputs_digest")))
			.list();
		List<RiskSnapshot> oldestFirst = new ArrayList<>(latest);
		java.util.Collections.reverse(oldestFirst);
		return oldestFirst;
	}

	/** The vendor's decisions, latest first. */
	@Transactional(readOnly = true)
	public List<RiskReview> reviews(long vendorId) {
		return this.jdbc.sql("""
				SELECT id, decision, computed_tier, computed_residual, tier, justification, reviewer, reviewed_at,
				       review_due, stale, stale_reason, stale_on
				FROM risk_review WHERE vendor_id = ? ORDER BY reviewed_at DESC, id DESC LIMIT 50""")
			.param(vendorId)
			.query((rs, n) -> new RiskReview(rs.getLong("id"), RiskDecision.valueOf(rs.getString("decision")),
					RiskTier.valueOf(rs.getString("computed_tier")), rs.getInt("computed_residual"),
					RiskTier.valueOf(rs.getString("tier")), rs.getString("justification"), rs.getString("reviewer"),
					rs.getTimestamp("reviewed_at").toInstant(), rs.getObject("review_due", LocalDate.class),
					rs.getBoolean("stale"), rs.getString("stale_reason"), rs.getObject("stale_on", LocalDate.class)))
			.list();
	}

	/** Whether scores were never computed here (a new or migrated database). */
	@Transactional(readOnly = true)
	public boolean neverComputed() {
		return this.jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM vendor_risk)").query(Boolean.class).single();
	}

	// ---------------------------------------------------------------- decisions

	/** Accepts the computed tier: the vendor leaves the queue and any override ends. */
	@Transactional
	@PreAuthorize(REVIEWERS)
	public void accept(long vendorId) {
		decide(vendorId, RiskDecision.ACCEPT, null, null);
	}

	/**
	 * Overrides the computed tier, up or down, with a justification: the vendor leaves the queue and the
	 * override is its effective tier until it goes stale.
	 */
	@Transactional
	@PreAuthorize(REVIEWERS)
	public void override(long vendorId, RiskTier tier, String justification) {
		if (tier == null) {
			throw new IllegalArgumentException("an override needs a tier");
		}
		if (justification == null || justification.isBlank()) {
			throw new IllegalArgumentException("an override needs a justification");
		}
		decide(vendorId, RiskDecision.OVERRIDE, tier, justification.strip());
	}

	private void decide(long vendorId, RiskDecision decision, RiskTier overrideTier, String justification) {
		Stored before = stored(List.of(vendorId)).get(vendorId);
		if (before == null) {
			throw new NotFoundException("Risk score of vendor", vendorId);
		}
		LocalDate today = this.clock.today();
		RiskTier tier = decision == RiskDecision.OVERRIDE ? overrideTier : before.computedTier();
		LocalDate due = today.plusMonths(settings().reviewMonthsOf(tier));
		String reviewer = Actor.current();
		this.jdbc.sql("""
				INSERT INTO risk_review (vendor_id, decision, computed_tier, computed_residual, tier, justification,
				                         reviewer, reviewed_at, review_due)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(vendorId, decision.name(), before.computedTier().name(), before.residual(), tier.name(), justification,
					reviewer, java.sql.Timestamp.from(this.clock.now()), due)
			.update();
		boolean override = decision == RiskDecision.OVERRIDE;
		this.jdbc.sql("""
				UPDATE vendor_risk SET baseline_tier = computed_tier, override_tier = ?, override_basis_tier = ?,
				       override_basis_residual = ?, review_due = ?, reviewed_on = ?, awaiting_review = FALSE,
				       review_reason = NULL, awaiting_since = NULL, effective_tier = ?, effective_rank = ?,
				       recheck_on = CASE WHEN ? THEN LEAST(recheck_on, ?) ELSE recheck_on END
				WHERE vendor_id = ?""")
			.params(override ? tier.name() : null, override ? before.computedTier().name() : null,
					override ? before.residual() : null, due, today, tier.name(), tier.ordinal(), override,
					due.plusDays(1), vendorId)
			.update();
		this.records.record(vendorId, tier, before.residual(), override);
		this.events.publishEvent(new ObligationSubjectChanged(RiskObligations.SUBJECT_TYPE, vendorId));
		AuditChanges changes = AuditChanges.none()
			.field("tier", before.effectiveTier().name(), tier.name())
			.field("overridden", before.overrideTier() != null, override)
			.field("awaitingReview", before.reviewReason() != null, false);
		if (override) {
			changes = changes.field("justification", null, justification);
		}
		this.audit.record(override ? "RISK_TIER_OVERRIDDEN" : "RISK_TIER_ACCEPTED", ENTITY, vendorId,
				(override ? "Overrode risk tier of " : "Accepted risk tier of ") + before.vendorName() + ": "
						+ before.computedTier() + (override ? " → " + tier : "") + " (residual " + before.residual() + ")",
				changes);
	}

	// ---------------------------------------------------------------- recomputation

	/**
	 * Recomputes these vendors' scores and replaces their stored rows (in the caller's transaction).
	 * @return the vendors whose review state changed (their risk review obligations must be re-read)
	 */
	@Transactional
	public Set<Long> recompute(Collection<Long> vendorIds) {
		List<Long> ids = vendorIds.stream().distinct().toList();
		Set<Long> reviewChanged = new LinkedHashSet<>();
		for (int from = 0; from < ids.size(); from += BATCH) {
			reviewChanged.addAll(store(ids.subList(from, Math.min(ids.size(), from + BATCH))));
		}
		return reviewChanged;
	}

	/**
	 * Recomputes the vendors whose stored recheck day has come (an assurance lapsed, a reassessment or a
	 * finding became overdue, an override's review came due), and has the risk review obligations of
	 * those whose review state changed re-read after the commit.
	 * @return how many vendors were recomputed
	 */
	@Transactional
	public int refreshDue() {
		List<Long> due = this.jdbc.sql("SELECT vendor_id FROM vendor_risk WHERE recheck_on <= ?")
			.param(this.clock.today())
			.query(Long.class)
			.list();
		recompute(due).forEach((id) -> this.events.publishEvent(new ObligationSubjectChanged(RiskObligations.SUBJECT_TYPE, id)));
		return due.size();
	}

	/**
	 * Recomputes every vendor's score in batches of {@value #BATCH}: start-up on an empty table, the data
	 * generator, the benchmark; never on a request.
	 * @return how many vendors are scored
	 */
	@Transactional
	public int rebuild() {
		List<Long> all = this.profiles.allIds();
		recompute(all);
		return all.size();
	}

	/** Computes and stores one batch; returns the vendors whose review state changed. */
	private Set<Long> store(List<Long> batch) {
		LocalDate today = this.clock.today();
		Map<Long, VendorRiskProfile> profileById = this.profiles.of(batch);
		List<Long> ids = batch.stream().filter(profileById::containsKey).toList();
		Map<Long, Stored> before = stored(ids);
		Map<Long, List<String>> subs = this.vendors.subprocessorsOf(ids)
			.stream()
			.filter((sub) -> !sub.downstreamBaa())
			.collect(Collectors.groupingBy(SubprocessorSummary::vendorId,
					Collectors.mapping(SubprocessorSummary::name, Collectors.toList())));
		Map<Long, BaaStanding> baa = this.baas.forVendors(ids);
		Map<Long, LocalDate> assured = this.assurance.assuredUntil(ids);
		Map<Long, LatestAssessment> latest = this.assessments.latest(ids);
		Map<Long, List<OpenFinding>> findings = this.assessments.openFindings(ids);
		Map<Long, IncidentHistory> history = this.incidents.since(ids, today.minusMonths(RiskModel.INCIDENT_MONTHS));
		List<Object[]> upserts = new ArrayList<>();
		List<Object[]> snapshots = new ArrayList<>();
		List<Object[]> staleReviews = new ArrayList<>();
		List<VendorRisk> effective = new ArrayList<>();
		Set<Long> reviewChanged = new LinkedHashSet<>();
		Instant now = this.clock.now();
		for (long id : ids) {
			RiskInputs inputs = inputs(profileById.get(id), subs.getOrDefault(id, List.of()), baa.get(id),
					assured.get(id), latest.get(id), findings.getOrDefault(id, List.of()), history.get(id));
			RiskScore score = this.model.evaluate(inputs, today);
			String digest = digest(inputs);
			String factors = this.json.writeValueAsString(score.factors());
			Stored old = before.get(id);
			boolean changed = old == null || old.residual() != score.residual() || old.computedTier() != score.tier();
			RiskTier baseline = old == null ? score.tier() : old.baselineTier();
			RiskTier override = old == null ? null : old.overrideTier();
			String staleReason = null;
			if (override != null) {
				if (score.tier() != old.overrideBasisTier()) {
					staleReason = "TIER_CHANGED";
				}
				else if (Math.abs(score.residual() - old.overrideBasisResidual()) >= settings().materialChange()) {
					staleReason = "SCORE_MOVED";
				}
				else if (old.reviewDue() != null && today.isAfter(old.reviewDue())) {
					staleReason = "CADENCE";
				}
				if (staleReason != null) {
					staleReviews.add(new Object[] { staleReason, today, id });
					override = null;
				}
			}
			RiskReviewReason reason;
			if (score.tier().isHigherThan(baseline)) {
				reason = RiskReviewReason.TIER_INCREASE;
			}
			else if (staleReason != null || (old != null && old.reviewReason() == RiskReviewReason.OVERRIDE_STALE)) {
				reason = RiskReviewReason.OVERRIDE_STALE;
			}
			else if (baseline.isHigherThan(score.tier())) {
				reason = RiskReviewReason.TIER_DECREASE;
			}
			else {
				reason = null;
			}
			RiskReviewReason oldReason = old == null ? null : old.reviewReason();
			LocalDate awaitingSince = reason == null ? null
					: (oldReason != null && old.awaitingSince() != null ? old.awaitingSince() : today);
			if (reason != oldReason) {
				reviewChanged.add(id);
			}
			RiskTier effectiveTier = override != null ? override : score.tier();
			LocalDate recheck = score.recheckOn();
			if (override != null && old.reviewDue() != null) {
				LocalDate lapse = old.reviewDue().plusDays(1);
				if (recheck == null || lapse.isBefore(recheck)) {
					recheck = lapse;
				}
			}
			upserts.add(new Object[] { id, inputs.vendorName(), score.inherent(), score.effectiveness(),
					score.residual(), score.tier().name(), score.gated(), effectiveTier.name(), effectiveTier.ordinal(),
					factors, settings().modelVersion(), digest, today, recheck,
					changed ? today : old.changedOn(), baseline.name(), override == null ? null : override.name(),
					override == null ? null : old.overrideBasisTier().name(),
					override == null ? null : old.overrideBasisResidual(),
					old == null ? null : (override == null && staleReason != null ? null : old.reviewDue()),
					old == null ? null : old.reviewedOn(), reason != null, reason == null ? null : reason.name(),
					awaitingSince });
			if (changed) {
				snapshots.add(new Object[] { id, java.sql.Timestamp.from(now), today, settings().modelVersion(),
						score.inherent(), score.effectiveness(), score.residual(), score.tier().name(), digest, factors });
			}
			effective.add(new VendorRisk(id, effectiveTier, score.residual(), override != null));
		}
		if (!upserts.isEmpty()) {
			this.jdbcTemplate.batchUpdate("""
					INSERT INTO vendor_risk (vendor_id, vendor_name, inherent, effectiveness, residual, computed_tier,
					    gated, effective_tier, effective_rank, factors, model_version, inputs_digest, computed_on,
					    recheck_on, changed_on, baseline_tier, override_tier, override_basis_tier,
					    override_basis_residual, review_due, reviewed_on, awaiting_review, review_reason, awaiting_since)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					ON CONFLICT (vendor_id) DO UPDATE SET vendor_name = EXCLUDED.vendor_name,
					    inherent = EXCLUDED.inherent, effectiveness = EXCLUDED.effectiveness,
					    residual = EXCLUDED.residual, computed_tier = EXCLUDED.computed_tier, gated = EXCLUDED.gated,
					    effective_tier = EXCLUDED.effective_tier, effective_rank = EXCLUDED.effective_rank,
					    factors = EXCLUDED.factors, model_version = EXCLUDED.model_version,
					    inputs_digest = EXCLUDED.inputs_digest, computed_on = EXCLUDED.computed_on,
					    recheck_on = EXCLUDED.recheck_on, changed_on = EXCLUDED.changed_on,
					    baseline_tier = EXCLUDED.baseline_tier, override_tier = EXCLUDED.override_tier,
					    override_basis_tier = EXCLUDED.override_basis_tier,
					    override_basis_residual = EXCLUDED.override_basis_residual, review_due = EXCLUDED.review_due,
					    reviewed_on = EXCLUDED.reviewed_on, awaiting_review = EXCLUDED.awaiting_review,
					    review_reason = EXCLUDED.review_reason, awaiting_since = EXCLUDED.awaiting_since""", upserts);
		}
		if (!snapshots.isEmpty()) {
			this.jdbcTemplate.batchUpdate("""
					INSERT INTO risk_snapshot (vendor_id, computed_at, computed_on, model_version, inherent,
					    effectiveness, residual, tier, inputs_digest, factors)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""", snapshots);
		}
		if (!staleReviews.isEmpty()) {
			this.jdbcTemplate.batchUpdate("""
					UPDATE risk_review SET stale = TRUE, stale_reason = ?, stale_on = ?
					WHERE id = (SELECT max(id) FROM risk_review WHERE vendor_id = ? AND NOT stale)""", staleReviews);
		}
		this.records.recordAll(effective);
		return reviewChanged;
	}

	private static RiskInputs inputs(VendorRiskProfile profile, List<String> subsWithoutBaa, BaaStanding baa,
			LocalDate assuredUntil, LatestAssessment latest, List<OpenFinding> findings, IncidentHistory history) {
		RiskInputs.Baa baaInput = baa == null ? RiskInputs.Baa.NONE
				: new RiskInputs.Baa(baa.current(), baa.agreementId(), baa.missingRequired(), baa.currentUntil(),
						baa.breachNoticeDays());
		RiskInputs.Assessment assessment = latest == null ? RiskInputs.Assessment.NONE
				: new RiskInputs.Assessment(latest.lastAssessmentId(), latest.lastScore(), latest.lastCompletedOn(),
						latest.nextDue());
		RiskInputs.Incidents incidents = history == null ? RiskInputs.Incidents.NONE
				: new RiskInputs.Incidents(history.count(), history.phiBreaches(), history.slaMissed(),
						history.oldestReportedOn());
		return new RiskInputs(profile.id(), profile.name(), profile.status(), profile.phiAccess(), profile.volume(),
				profile.systemAccess(), profile.category(), profile.decisionRole(), profile.phiTraining(),
				profile.retentionDays(), profile.offshoreAccess(), subsWithoutBaa.stream().sorted().toList(), baaInput,
				assuredUntil, assessment,
				findings.stream().map((f) -> new RiskInputs.OpenFinding(f.severity(), f.dueOn())).toList(), incidents);
	}

	private String digest(RiskInputs inputs) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((settings().modelVersion() + "|" + inputs).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// ---------------------------------------------------------------- rows

	private Page<VendorRiskView> page(String where, List<Object> params, String order, Pageable requested) {
		long total = this.jdbc.sql("SELECT count(*) FROM vendor_risk" + where).params(params).query(Long.class).single();
		Pageable pageable = Paging.within(requested, total);
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(pageable.getPageSize());
		pageParams.add(pageable.getOffset());
		List<VendorRiskView> rows = total == 0 ? List.of()
				: this.jdbc.sql("SELECT " + COLUMNS + " FROM vendor_risk" + where + order + " LIMIT ? OFFSET ?")
					.params(pageParams)
					.query(this::view)
					.list();
		return new PageImpl<>(rows, pageable, total);
	}

	private VendorRiskView view(ResultSet rs, int n) throws SQLException {
		return new VendorRiskView(rs.getLong("vendor_id"), rs.getString("vendor_name"), rs.getInt("inherent"),
				rs.getDouble("effectiveness"), rs.getInt("residual"), tier(rs.getString("computed_tier")),
				rs.getBoolean("gated"), tier(rs.getString("effective_tier")), tier(rs.getString("override_tier")),
				this.json.readValue(rs.getString("factors"), FACTORS), rs.getString("model_version"),
				rs.getString("inputs_digest"), rs.getObject("computed_on", LocalDate.class),
				rs.getObject("changed_on", LocalDate.class), tier(rs.getString("baseline_tier")),
				rs.getObject("review_due", LocalDate.class), rs.getObject("reviewed_on", LocalDate.class),
				reason(rs.getString("review_reason")), rs.getObject("awaiting_since", LocalDate.class));
	}

	private Map<Long, Stored> stored(List<Long> ids) {
		Map<Long, Stored> result = new HashMap<>();
		if (ids.isEmpty()) {
			return result;
		}
		this.jdbc.sql("""
				SELECT vendor_id, vendor_name, residual, computed_tier, effective_tier, changed_on, baseline_tier,
				       override_tier, override_basis_tier, override_basis_residual, review_due, reviewed_on,
				       review_reason, awaiting_since
				FROM vendor_risk WHERE vendor_id IN (:ids)""")
			.param("ids", ids)
			.query((rs, n) -> new Stored(rs.getLong("vendor_id"), rs.getString("vendor_name"), rs.getInt("residual"),
					tier(rs.getString("computed_tier")), tier(rs.getString("effective_tier")),
					rs.getObject("changed_on", LocalDate.class), tier(rs.getString("baseline_tier")),
					tier(rs.getString("override_tier")), tier(rs.getString("override_basis_tier")),
					rs.getObject("override_basis_residual", Integer.class), rs.getObject("review_due", LocalDate.class),
					rs.getObject("reviewed_on", LocalDate.class), reason(rs.getString("review_reason")),
					rs.getObject("awaiting_since", LocalDate.class)))
			.list()
			.forEach((row) -> result.put(row.vendorId(), row));
		return result;
	}

	private static RiskTier tier(String name) {
		return name == null ? null : RiskTier.valueOf(name);
	}

	private static RiskReviewReason reason(String name) {
		return name == null ? null : RiskReviewReason.valueOf(name);
	}

	/** The stored row as the recomputation and the decisions read it. */
	private record Stored(long vendorId, String vendorName, int residual, RiskTier computedTier, RiskTier effectiveTier,
			LocalDate changedOn, RiskTier baselineTier, RiskTier overrideTier, RiskTier overrideBasisTier,
			Integer overrideBasisResidual, LocalDate reviewDue, LocalDate reviewedOn, RiskReviewReason reviewReason,
			LocalDate awaitingSince) {
	}

}
