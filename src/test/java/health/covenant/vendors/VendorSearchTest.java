package health.covenant.vendors;

import java.util.List;
import java.util.UUID;

import health.covenant.IntegrationTest;
import health.covenant.shared.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The vendor list query on the embedded PostgreSQL: text search, filters, sort, paging, capped count. */
@IntegrationTest
class VendorSearchTest {

	@Autowired
	VendorService vendors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	VendorRiskRecords risks;

	String token;

	long alpha;

	long beta;

	long gamma;

	@BeforeEach
	void registerThree() {
		this.token = "qx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		this.alpha = Vendors.register(this.vendors,
				Vendors.details("Alpha " + this.token, "Alpha Holdings LLC", "Ambient scribe for clinics", PhiAccess.PHI));
		this.beta = Vendors.register(this.vendors,
				Vendors.details("Beta " + this.token, null, "Radiology triage", PhiAccess.NONE));
		this.gamma = Vendors.register(this.vendors,
				Vendors.details(Vendors.unique("Gamma"), "Gamma " + this.token + " Inc.", "Prior authorization bot",
						PhiAccess.LIMITED_DATA_SET));
		SystemActor.runAs(() -> {
			this.vendors.changeStatus(this.beta, 0, LifecycleStatus.ONBOARDING);
			this.vendors.updateAiProfile(this.alpha, 0, withType(AiSystemType.AMBIENT_SCRIBE));
			this.vendors.updateAiProfile(this.beta, 0, withType(AiSystemType.COMPUTER_VISION));
		});
	}

	private static AiProfileDetails withType(AiSystemType type) {
		return new AiProfileDetails(type, null, false, null, false, null, null, null, null, null, null, null, false,
				false, null, false, false, null, false, null, null, null, null, false, false, false, false, null, null,
				null);
	}

	private List<Long> ids(VendorQuery query) {
		return this.vendors.search(query, PageRequest.of(0, 25)).page().map(VendorListRow::id).getContent();
	}

	private List<Long> ids(String q, LifecycleStatus status, PhiAccess phi, AiSystemType ai, VendorSort sort) {
		return ids(new VendorQuery(q, status, phi, ai, sort));
	}

	@Test
	void findsPartOfTheNameOrLegalNameIgnoringCase() {
		assertThat(ids(this.token.toUpperCase(), null, null, null, VendorSort.NAME))
			.containsExactly(this.alpha, this.beta, this.gamma);
		assertThat(ids(this.token.substring(3, 9), null, null, null, VendorSort.NAME))
			.containsExactly(this.alpha, this.beta, this.gamma);
		assertThat(ids("alpha " + this.token, null, null, null, VendorSort.NAME)).containsExactly(this.alpha);
	}

	@Test
	void findsWordsOfTheDescription() {
		List<Long> found = ids("ambient scribe for", null, null, null, VendorSort.NAME);
		assertThat(found).contains(this.alpha).doesNotContain(this.beta, this.gamma);
	}

	@Test
	void oneOrTwoLettersMatchTheStartOfTheName() {
		String prefix = "zz" + UUID.randomUUID().toString().substring(0, 4);
		long z = Vendors.register(this.vendors, prefix + " Zebra Health");
		long inner = Vendors.register(this.vendors, "Inner " + prefix);
		List<Long> found = this.vendors.search(new VendorQuery("Zz", null, null, null, VendorSort.NAME),
				PageRequest.of(0, 500)).page().map(VendorListRow::id).getContent();
		assertThat(found).contains(z).doesNotContain(inner, this.alpha);
	}

	@Test
	void likeWildcardsAreSearchedLiterally() {
		assertThat(ids("%" + this.token.substring(0, 4) + "%", null, null, null, VendorSort.NAME)).isEmpty();
		assertThat(ids(this.token + "_", null, null, null, VendorSort.NAME)).isEmpty();
	}

	@Test
	void filtersByStatusPhiAndAiSystemType() {
		assertThat(ids(this.token, LifecycleStatus.ONBOARDING, null, null, VendorSort.NAME)).containsExactly(this.beta);
		assertThat(ids(this.token, LifecycleStatus.PROSPECT, null, null, VendorSort.NAME))
			.containsExactly(this.alpha, this.gamma);
		assertThat(ids(this.token, null, PhiAccess.LIMITED_DATA_SET, null, VendorSort.NAME)).containsExactly(this.gamma);
		assertThat(ids(this.token, null, null, AiSystemType.AMBIENT_SCRIBE, VendorSort.NAME)).containsExactly(this.alpha);
		assertThat(ids(this.token, LifecycleStatus.ACTIVE, null, null, VendorSort.NAME)).isEmpty();
	}

	@Test
	void sortsByEachColumnBothWays() {
		assertThat(ids(this.token, null, null, null, VendorSort.NAME_DESC))
			.containsExactly(this.gamma, this.beta, this.alpha);
		// lifecycle order: prospects before onboarding
		assertThat(ids(this.token, null, null, null, VendorSort.STATUS))
			.containsExactly(this.alpha, this.gamma, this.beta);
		assertThat(ids(this.token, null, null, null, VendorSort.STATUS_DESC))
			.containsExactly(this.beta, this.gamma, this.alpha);
		// most sensitive first
		assertThat(ids(this.token, null, null, null, VendorSort.PHI)).containsExactly(this.alpha, this.gamma, this.beta);
		assertThat(ids(this.token, null, null, null, VendorSort.PHI_DESC))
			.containsExactly(this.beta, this.gamma, this.alpha);
		// the test clock stands still: equal times fall back to the id
		assertThat(ids(this.token, null, null, null, VendorSort.UPDATED)).containsExactly(this.alpha, this.beta,
				this.gamma);
		assertThat(ids(this.token, null, null, null, VendorSort.UPDATED_DESC))
			.containsExactly(this.gamma, this.beta, this.alpha);
	}

	@Test
	void filtersByTierOrNotScoredYet() {
		long delta = Vendors.register(this.vendors, "Delta " + this.token);
		VendorScores.forget(this.jdbc, delta);
		SystemActor.runAs(() -> {
			this.risks.record(this.alpha, RiskTier.HIGH, 64, false);
			this.risks.record(this.beta, RiskTier.LOW, 12, false);
			this.risks.record(this.gamma, RiskTier.HIGH, 58, true);
		});
		assertThat(ids(new VendorQuery(this.token, null, null, null, RiskTierFilter.HIGH, VendorSort.NAME)))
			.containsExactly(this.alpha, this.gamma);
		assertThat(ids(new VendorQuery(this.token, null, null, null, RiskTierFilter.LOW, VendorSort.NAME)))
			.containsExactly(this.beta);
		assertThat(ids(new VendorQuery(this.token, null, null, null, RiskTierFilter.CRITICAL, VendorSort.NAME))).isEmpty();
		assertThat(ids(new VendorQuery(this.token, null, null, null, RiskTierFilter.UNSCORED, VendorSort.NAME)))
			.containsExactly(delta);
		VendorListRow gammaRow = this.vendors
			.search(new VendorQuery(this.token, null, null, null, RiskTierFilter.HIGH, VendorSort.NAME_DESC),
					PageRequest.of(0, 25))
			.page()
			.getContent()
			.get(0);
		assertThat(gammaRow.risk()).isEqualTo(new VendorRisk(this.gamma, RiskTier.HIGH, 58, true));
		VendorListRow deltaRow = this.vendors
			.search(new VendorQuery(this.token, null, null, null, RiskTierFilter.UNSCORED, VendorSort.NAME),
					PageRequest.of(0, 25))
			.page()
			.getContent()
			.get(0);
		assertThat(deltaRow.risk()).isNull();
	}

	@Test
	void sortsByResidualScoreBothWaysWithTheUnscoredLast() {
		long delta = Vendors.register(this.vendors, "Delta " + this.token);
		long epsilon = Vendors.register(this.vendors, "Epsilon " + this.token);
		VendorScores.forget(this.jdbc, epsilon);
		SystemActor.runAs(() -> {
			this.risks.record(this.alpha, RiskTier.HIGH, 64, false);
			this.risks.record(this.beta, RiskTier.LOW, 12, false);
			// equal scores fall back to the id
			this.risks.record(this.gamma, RiskTier.MEDIUM, 40, false);
			this.risks.record(delta, RiskTier.MEDIUM, 40, false);
		});
		assertThat(ids(this.token, null, null, null, VendorSort.RISK))
			.containsExactly(this.beta, this.gamma, delta, this.alpha, epsilon);
		assertThat(ids(this.token, null, null, null, VendorSort.RISK_DESC))
			.containsExactly(this.alpha, delta, this.gamma, this.beta, epsilon);
		long zeta = Vendors.register(this.vendors, "Zeta " + this.token);
		VendorScores.forget(this.jdbc, zeta);
		assertThat(ids(new VendorQuery(this.token, null, null, null, RiskTierFilter.UNSCORED, VendorSort.RISK)))
			.containsExactly(epsilon, zeta);
		assertThat(ids(new VendorQuery(this.token, null, null, null, RiskTierFilter.UNSCORED, VendorSort.RISK_DESC)))
			.containsExactly(zeta, epsilon);
		assertThat(ids(new VendorQuery(this.token, null, null, null, RiskTierFilter.MEDIUM, VendorSort.RISK_DESC)))
			.containsExactly(delta, this.gamma);
	}

	@Test
	void pagesOfTwentyFiveWithTheTotal() {
		String batch = "pg" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		for (int i = 1; i <= 27; i++) {
			Vendors.register(this.vendors, String.format("%s %02d", batch, i));
		}
		VendorQuery query = new VendorQuery(batch, null, null, null, VendorSort.NAME);
		VendorSearchResult first = this.vendors.search(query, PageRequest.of(0, 25));
		VendorSearchResult second = this.vendors.search(query, PageRequest.of(1, 25));
		assertThat(first.page().getContent()).hasSize(25);
		assertThat(first.page().getTotalElements()).isEqualTo(27);
		assertThat(first.countCapped()).isFalse();
		assertThat(second.page().getContent()).extracting(VendorListRow::name)
			.containsExactly(batch + " 26", batch + " 27");
	}

	@Test
	void theCountStopsAtTheCap() {
		String batch = "cap" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		this.jdbc.sql("""
				INSERT INTO vendor (name, created_at, created_by, updated_at, updated_by)
				SELECT ? || ' ' || n, now(), 'test', now(), 'test' FROM generate_series(1, 505) AS n
				""").param(batch).update();
		VendorSearchResult result = this.vendors.search(new VendorQuery(batch, null, null, null, VendorSort.NAME),
				PageRequest.of(0, 25));
		assertThat(result.countCapped()).isTrue();
		assertThat(result.page().getTotalElements()).isEqualTo(VendorSearchResult.COUNT_CAP);
		assertThat(result.page().getContent()).hasSize(25);
		// no page starts past the cap: a deep page is the last page within it
		VendorSearchResult deep = this.vendors.search(new VendorQuery(batch, null, null, null, VendorSort.NAME),
				PageRequest.of(300, 25));
		assertThat(deep.page().getNumber()).isEqualTo(VendorSearchResult.COUNT_CAP / 25 - 1);
		assertThat(deep.page().getContent()).hasSize(25);
	}

	@Test
	void theSearchPredicatesCanUseTheIndexes() {
		assertThat(plan("EXPLAIN SELECT v.id FROM vendor v WHERE lower(v.name) COLLATE \"C\" >= 'ab' "
				+ "AND lower(v.name) COLLATE \"C\" < 'ac' ORDER BY lower(v.name) COLLATE \"C\", v.id LIMIT 25"))
			.contains("vendor_name_bytes_idx");
		assertThat(plan("EXPLAIN SELECT v.id FROM vendor v WHERE lower(v.name) LIKE '%scribe%'"))
			.contains("vendor_name_trgm_idx");
		assertThat(plan("EXPLAIN SELECT v.id FROM vendor v ORDER BY lower(v.name), v.id LIMIT 25"))
			.contains("vendor_name_sort_idx");
		assertThat(plan("EXPLAIN SELECT v.id FROM vendor v ORDER BY v.phi_rank DESC, lower(v.name) DESC, v.id DESC LIMIT 25"))
			.contains("vendor_phi_sort_idx");
		assertThat(plan("EXPLAIN SELECT v.id FROM vendor v ORDER BY " + VendorSort.RISK.orderBy() + " LIMIT 25"))
			.contains("vendor_risk_sort_idx");
		assertThat(plan("EXPLAIN SELECT v.id FROM vendor v ORDER BY " + VendorSort.RISK_DESC.orderBy() + " LIMIT 25"))
			.contains("vendor_risk_sort_desc_idx");
		assertThat(plan("EXPLAIN SELECT v.id FROM vendor v WHERE v.risk_tier = 'HIGH' ORDER BY "
				+ VendorSort.NAME.orderBy() + " LIMIT 25")).contains("vendor_risk_tier_idx");
		assertThat(plan("EXPLAIN SELECT v.id FROM vendor v WHERE v.risk_tier = 'LOW' ORDER BY "
				+ VendorSort.RISK_DESC.orderBy() + " LIMIT 25")).contains("vendor_risk_tier_sort_desc_idx");
		assertThat(plan("EXPLAIN SELECT v.id FROM vendor v WHERE v.risk_tier = 'CRITICAL' ORDER BY "
				+ VendorSort.RISK.orderBy() + " LIMIT 25")).contains("vendor_risk_tier_sort_idx");
	}

	/** The plan with sequential scans and sorts discouraged, as on a table too large to scan. */
	private String plan(String explain) {
		return this.transactions.execute((status) -> {
			this.jdbc.sql("SET LOCAL enable_seqscan = off").update();
			this.jdbc.sql("SET LOCAL enable_sort = off").update();
			return String.join("\n", this.jdbc.sql(explain).query(String.class).list());
		});
	}

}
