package health.covenant.risk;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.certifications.CertificationDetails;
import health.covenant.certifications.CertificationService;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationQuery;
import health.covenant.obligations.ObligationService;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.RiskTier;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorRisk;
import health.covenant.vendors.VendorRiskRecords;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * Stored scores follow their inputs in the transaction of the change and the calendar through the
 * hourly step; a tier increase waits in the queue with a risk review obligation; decisions are audited
 * and an override goes stale when the tier changes, the score moves or its review comes due.
 */
@IntegrationTest
@WithMockUser(username = "admin@covenant.test", roles = "ADMIN")
class RiskServiceTest {

	@Autowired
	RiskService risks;

	@Autowired
	VendorService vendors;

	@Autowired
	CertificationService certifications;

	@Autowired
	VendorRiskRecords records;

	@Autowired
	ObligationService obligations;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	long prospect(String name, PhiAccess phi) {
		return this.vendors.register(VendorDetails.named(name + " " + UUID.randomUUID().toString().substring(0, 8), phi));
	}

	VendorRiskView risk(long vendor) {
		return this.risks.forVendor(vendor).orElseThrow();
	}

	@Test
	void aNewVendorIsScoredInTheTransactionThatRegisteredIt() {
		long vendor = prospect("Scored Scribe", PhiAccess.PHI);
		VendorRiskView risk = risk(vendor);
		assertThat(risk.residual()).isBetween(0, risk.inherent());
		assertThat(risk.factors()).isNotEmpty();
		assertThat(risk.awaitingReview()).isFalse();
		assertThat(this.records.of(vendor)).contains(new VendorRisk(vendor, risk.effectiveTier(), risk.residual(), false));
		assertThat(this.risks.history(vendor, 10)).hasSize(1);
	}

	@Test
	void aCertificationLowersTheScoreAtOnceAndItsLapseRaisesItTheSameDay() {
		LocalDate today = this.clock.today();
		long vendor = prospect("Lapsing Scribe", PhiAccess.PHI);
		int without = risk(vendor).residual();
		LocalDate periodEnd = today.minusMonths(11);
		this.certifications.create(vendor, CertificationDetails.soc2Type2("A-LIGN", periodEnd.minusMonths(12).plusDays(1),
				periodEnd, periodEnd.plusDays(30), null), true, null);
		VendorRiskView assured = risk(vendor);
		assertThat(assured.residual()).isLessThan(without);
		LocalDate lastDay = this.jdbc.sql("SELECT recheck_on FROM vendor_risk WHERE vendor_id = ?")
			.param(vendor)
			.query(LocalDate.class)
			.single()
			.minusDays(1);
		assertThat(lastDay).isAfterOrEqualTo(today);

		// the day after the assurance's last day, the hourly step raises the score
		this.clock.setDate(periodEnd.plusMonths(12).plusDays(1));
		this.risks.refreshDue();
		VendorRiskView lapsed = risk(vendor);
		assertThat(lapsed.residual()).isGreaterThan(assured.residual()).isEqualTo(without);
		assertThat(lapsed.gates()).extracting(RiskFactor::messageKey).contains("risk.gate.lapsed");
		assertThat(lapsed.changedOn()).isEqualTo(this.clock.today());
		assertThat(this.risks.history(vendor, 10)).extracting(RiskSnapshot::residual)
			.containsExactly(without, assured.residual(), lapsed.residual());
	}

	@Test
	void aTierIncreaseWaitsForReviewWithAnObligationUntilASecurityOfficerAcceptsIt() {
		long vendor = prospect("Rising Scribe", PhiAccess.PHI);
		RiskTier before = risk(vendor).computedTier();
		assertThat(before).isNotEqualTo(RiskTier.CRITICAL);
		// in service with PHI and no BAA: CRITICAL by the gate
		this.vendors.changeStatus(vendor, this.vendors.getView(vendor).version(), LifecycleStatus.ONBOARDING);
		VendorRiskView risen = risk(vendor);
		assertThat(risen.computedTier()).isEqualTo(RiskTier.CRITICAL);
		assertThat(risen.gated()).isTrue();
		assertThat(risen.reviewReason()).isEqualTo(RiskReviewReason.TIER_INCREASE);
		assertThat(risen.baselineTier()).isEqualTo(before);
		assertThat(this.risks.queue(PageRequest.of(0, 1000)).getContent()).extracting(VendorRiskView::vendorId)
			.contains(vendor);
		assertThat(this.risks.queueCount()).isEqualTo(this.risks.queue(PageRequest.of(0, 1000)).getTotalElements());
		await().atMost(Duration.ofSeconds(30)).until(() -> reviewObligations(vendor).size() == 1);
		assertThat(reviewObligations(vendor).get(0).dueDate()).isEqualTo(this.clock.today().plusDays(7));

		this.risks.accept(vendor);
		VendorRiskView accepted = risk(vendor);
		assertThat(accepted.awaitingReview()).isFalse();
		assertThat(accepted.baselineTier()).isEqualTo(RiskTier.CRITICAL);
		assertThat(this.risks.reviews(vendor)).extracting(RiskReview::decision).containsExactly(RiskDecision.ACCEPT);
		assertThat(auditActions(vendor)).containsExactly("RISK_TIER_ACCEPTED");
		await().atMost(Duration.ofSeconds(30)).until(() -> reviewObligations(vendor).isEmpty());
	}

	@Test
	void anOverrideIsTheEffectiveTierUntilTheComputedTierChanges() {
		long vendor = prospect("Override Scribe", PhiAccess.PHI);
		VendorRiskView computed = risk(vendor);
		RiskTier override = computed.computedTier() == RiskTier.HIGH ? RiskTier.MEDIUM : RiskTier.HIGH;
		assertThatIllegalArgumentException().isThrownBy(() -> this.risks.override(vendor, override, "  "));
		this.risks.override(vendor, override, "Handles only scheduling data in practice");
		VendorRiskView overridden = risk(vendor);
		assertThat(overridden.effectiveTier()).isEqualTo(override);
		assertThat(overridden.overridden()).isTrue();
		assertThat(this.records.of(vendor).orElseThrow().overridden()).isTrue();
		assertThat(this.records.of(vendor).orElseThrow().tier()).isEqualTo(override);
		assertThat(auditActions(vendor)).containsExactly("RISK_TIER_OVERRIDDEN");

		// the gate changes the computed tier: the override no longer holds
		this.vendors.changeStatus(vendor, this.vendors.getView(vendor).version(), LifecycleStatus.ONBOARDING);
		VendorRiskView stale = risk(vendor);
		assertThat(stale.overridden()).isFalse();
		assertThat(stale.effectiveTier()).isEqualTo(RiskTier.CRITICAL);
		assertThat(stale.awaitingReview()).isTrue();
		assertThat(this.records.of(vendor).orElseThrow()).isEqualTo(new VendorRisk(vendor, RiskTier.CRITICAL,
				stale.residual(), false));
		RiskReview review = this.risks.reviews(vendor).get(0);
		assertThat(review.stale()).isTrue();
		assertThat(review.staleReason()).isEqualTo("TIER_CHANGED");
	}

	@Test
	void anOverrideGoesStaleWhenItsReviewComesDue() {
		long vendor = prospect("Cadence Scribe", PhiAccess.DE_IDENTIFIED);
		RiskTier computed = risk(vendor).computedTier();
		RiskTier override = computed == RiskTier.CRITICAL ? RiskTier.HIGH : RiskTier.CRITICAL;
		this.risks.override(vendor, override, "Board asked for closer oversight");
		LocalDate due = risk(vendor).reviewDue();
		assertThat(due).isEqualTo(this.clock.today().plusMonths(this.risks.settings().reviewMonthsOf(override)));

		this.clock.setDate(due);
		this.risks.refreshDue();
		assertThat(risk(vendor).overridden()).isTrue();
		this.clock.setDate(due.plusDays(1));
		this.risks.refreshDue();
		VendorRiskView stale = risk(vendor);
		assertThat(stale.overridden()).isFalse();
		assertThat(stale.reviewReason()).isEqualTo(RiskReviewReason.OVERRIDE_STALE);
		assertThat(this.risks.reviews(vendor).get(0).staleReason()).isEqualTo("CADENCE");
	}

	@Test
	void incrementalScoresEqualAFullRebuild() {
		long vendor = prospect("Rebuilt Scribe", PhiAccess.LIMITED_DATA_SET);
		VendorRiskView before = risk(vendor);
		this.risks.recompute(List.of(vendor));
		VendorRiskView after = risk(vendor);
		assertThat(after.residual()).isEqualTo(before.residual());
		assertThat(after.inputsDigest()).isEqualTo(before.inputsDigest());
		assertThat(this.risks.history(vendor, 10)).hasSize(1);
	}

	List<Obligation> reviewObligations(long vendor) {
		return this.obligations.search(new ObligationQuery(null, null, vendor, null, null, true, true), 50)
			.stream()
			.filter((o) -> o.kind() == ObligationKind.RISK_REVIEW_DUE && !o.done())
			.toList();
	}

	List<String> auditActions(long vendor) {
		return this.jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'VendorRisk' AND entity_id = ? ORDER BY seq")
			.param(Long.toString(vendor))
			.query(String.class)
			.list();
	}

}
