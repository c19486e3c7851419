package health.covenant.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.identity.Role;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.SubprocessorDetails;
import health.covenant.vendors.SubprocessorSummary;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static health.covenant.WebTestSupport.as;
import static health.covenant.WebTestSupport.htmx;
import static health.covenant.agreements.AgreementFixtures.executedBaa;
import static health.covenant.agreements.AgreementFixtures.tickAllRequired;
import static health.covenant.agreements.AgreementFixtures.vendorInService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stored gap table follows every kind of input change in the transaction of the change, the
 * nightly step follows the calendar, and every read (vendor, page, count) agrees with a full rebuild.
 */
@IntegrationTest
@WithMockUser(username = "admin@covenant.test", roles = "ADMIN")
class ComplianceGapTableTest {

	@Autowired
	ComplianceGapService gaps;

	@Autowired
	AgreementService agreements;

	@Autowired
	AgreementQueries queries;

	@Autowired
	VendorService vendors;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	/** What is stored for the vendor and shows today: kind and agreement or subject, in list order. */
	List<String> stored(long vendorId) {
		return stored(vendorId, this.clock.today());
	}

	/** What is stored for the vendor and shows on {@code day}. */
	List<String> stored(long vendorId, LocalDate day) {
		return this.jdbc
			.sql("SELECT kind || coalesce(':' || agreement_id, '') || coalesce(':' || subject, '') FROM compliance_gap "
					+ "WHERE vendor_id = ? AND visible_from <= ? AND kind <> 'NO_CURRENT_ASSURANCE' ORDER BY severity, gap_date NULLS LAST, id")
			.params(vendorId, day)
			.query(String.class)
			.list();
	}

	/** The vendor's gaps but the one about its certifications (CertificationGapTest has that). */
	List<ComplianceGap> agreementGaps(long vendorId) {
		return this.gaps.forVendor(vendorId)
			.stream()
			.filter((gap) -> gap.kind() != GapKind.NO_CURRENT_ASSURANCE)
			.toList();
	}

	@Test
	void theTableFollowsTheVendorItsStatusAndItsName() {
		long vendor = this.vendors.register(VendorDetails.named("Table Prospect " + System.nanoTime(), PhiAccess.PHI));
		assertThat(stored(vendor)).as("a prospect needs no BAA yet").isEmpty();
		this.vendors.changeStatus(vendor, this.vendors.getView(vendor).version(),
				health.covenant.vendors.LifecycleStatus.ONBOARDING);
		assertThat(stored(vendor)).containsExactly("UNCOVERED_PHI_VENDOR");

		String renamed = "Table Renamed " + System.nanoTime();
		this.vendors.update(vendor, this.vendors.getView(vendor).version(), VendorDetails.named(renamed, PhiAccess.PHI));
		assertThat(agreementGaps(vendor)).singleElement()
			.satisfies((gap) -> assertThat(gap.vendorName()).isEqualTo(renamed));

		this.vendors.update(vendor, this.vendors.getView(vendor).version(), VendorDetails.named(renamed, PhiAccess.NONE));
		assertThat(stored(vendor)).as("no PHI, no BAA needed").isEmpty();
	}

	@Test
	void theTableFollowsSubprocessorsAndTheirDownstreamBaa() {
		long vendor = vendorInService(this.vendors, "Table Subs", PhiAccess.PHI);
		LocalDate today = this.clock.today();
		long baa = this.agreements.create(vendor, executedBaa(today.minusMonths(1), today.plusYears(3), false, 0));
		tickAllRequired(this.agreements, this.queries, baa);
		assertThat(stored(vendor)).isEmpty();

		SubprocessorSummary without = this.vendors.addSubprocessor(vendor,
				new SubprocessorDetails("Cloud Without", "hosting", "US", false, false));
		this.vendors.addSubprocessor(vendor, new SubprocessorDetails("Cloud With", "hosting", "US", true, false));
		assertThat(stored(vendor)).containsExactly("SUBPROCESSOR_WITHOUT_BAA:Cloud Without");

		this.vendors.removeSubprocessor(vendor, without.id());
		assertThat(stored(vendor)).isEmpty();
	}

	@Test
	void theTableFollowsClauseReviewAndANewVersion() {
		long vendor = vendorInService(this.vendors, "Table Clauses", PhiAccess.PHI);
		LocalDate today = this.clock.today();
		long first = this.agreements.create(vendor, executedBaa(today.minusYears(1), today.plusYears(3), false, 0));
		assertThat(stored(vendor)).containsExactly("MISSING_REQUIRED_CLAUSES:" + first);
		assertThat(agreementGaps(vendor).get(0).count()).isEqualTo(13);

		this.agreements.updateClause(first, "BAA-01", ClauseStatus.PRESENT, null, null);
		assertThat(agreementGaps(vendor).get(0).count()).as("one clause reviewed").isEqualTo(12);

		// a new version copies the findings; once executed (from today) it supersedes the first, and the
		// gap moves to it in the same transaction
		long second = this.agreements.newVersion(first);
		assertThat(stored(vendor)).containsExactly("MISSING_REQUIRED_CLAUSES:" + first);
		this.agreements.update(second, this.queries.get(second).version(),
				executedBaa(today, today.plusYears(3), false, 0));
		assertThat(stored(vendor)).containsExactly("MISSING_REQUIRED_CLAUSES:" + second);

		tickAllRequired(this.agreements, this.queries, second);
		assertThat(stored(vendor)).isEmpty();
	}

	@Test
	void theNightlyStepRecomputesOnlyTheVendorsWhoseDatesPassed() {
		LocalDate today = this.clock.today();
		long ending = vendorInService(this.vendors, "Table Ending", PhiAccess.PHI);
		long baa = this.agreements.create(ending, executedBaa(today.minusYears(1), today.plusDays(100), false, 0));
		tickAllRequired(this.agreements, this.queries, baa);
		long steady = vendorInService(this.vendors, "Table Steady", PhiAccess.PHI);
		long steadyBaa = this.agreements.create(steady, executedBaa(today.minusYears(1), today.plusYears(5), false, 0));
		tickAllRequired(this.agreements, this.queries, steadyBaa);

		// stored ahead of time: shows from 90 days before the expiration, without any rewrite
		assertThat(stored(ending, LocalDate.MAX.withYear(9999))).containsExactly("EXPIRING:" + baa);
		assertThat(agreementGaps(ending)).isEmpty();
		this.clock.setDate(today.plusDays(10));
		assertThat(agreementGaps(ending)).extracting(ComplianceGap::kind).containsExactly(GapKind.EXPIRING);
		assertThat(agreementGaps(ending).get(0).days()).isEqualTo(90);
		assertThat(recheckOn(ending)).isEqualTo(today.plusDays(101));

		// the day after the expiration the BAA no longer covers the vendor: the nightly step sees it
		this.clock.setDate(today.plusDays(101));
		this.gaps.refreshDue();
		assertThat(agreementGaps(ending)).extracting(ComplianceGap::kind)
			.containsExactly(GapKind.UNCOVERED_PHI_VENDOR, GapKind.EXPIRED);
		assertThat(computedOn(ending)).isEqualTo(today.plusDays(101));
		assertThat(computedOn(steady)).as("nothing of it passed: not recomputed").isEqualTo(today);
	}

	@Test
	void theBadgeCountEqualsTheListAndTheStoredRowsEqualAFullRebuild() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Table Count", PhiAccess.PHI);
		long baa = this.agreements.create(vendor, executedBaa(today.minusYears(1), today.plusDays(30), true, 0));
		this.vendors.addSubprocessor(vendor, new SubprocessorDetails("Count Cloud", "hosting", "US", false, false));

		long count = this.gaps.count();
		Page<ComplianceGap> all = this.gaps.page(null, PageRequest.of(0, 25));
		assertThat(all.getTotalElements()).isEqualTo(count);
		long byKind = 0;
		for (GapKind kind : GapKind.values()) {
			Page<ComplianceGap> page = this.gaps.page(kind, PageRequest.of(0, 25));
			assertThat(page.getContent()).allMatch((gap) -> gap.kind() == kind);
			byKind += page.getTotalElements();
		}
		assertThat(byKind).isEqualTo(count);
		assertThat(agreementGaps(vendor)).extracting(ComplianceGap::kind)
			.containsExactly(GapKind.MISSING_REQUIRED_CLAUSES, GapKind.SUBPROCESSOR_WITHOUT_BAA,
					GapKind.NOTICE_DEADLINE_NEAR);
		assertThat(agreementGaps(vendor).get(0).agreementId()).isEqualTo(baa);

		Map<Long, List<String>> before = Map.of(vendor, stored(vendor));
		this.gaps.rebuild();
		assertThat(Map.of(vendor, stored(vendor))).isEqualTo(before);
		assertThat(this.gaps.count()).isEqualTo(this.gaps.page(null, PageRequest.of(0, 25)).getTotalElements());
		assertThat(this.gaps.neverComputed()).isFalse();
	}

	@Test
	void theGapPanelShowsOnePageFilteredByKindAndTheFragmentForHtmx() throws Exception {
		long vendor = vendorInService(this.vendors, "Table Panel", PhiAccess.PHI);
		for (int i = 0; i < 30; i++) {
			this.vendors.addSubprocessor(vendor,
					new SubprocessorDetails("Panel Cloud " + i, "hosting", "US", false, false));
		}
		long subprocessorGaps = this.gaps.page(GapKind.SUBPROCESSOR_WITHOUT_BAA, PageRequest.of(0, 25))
			.getTotalElements();
		assertThat(subprocessorGaps).isGreaterThanOrEqualTo(30);

		String full = this.mvc.perform(get("/agreements").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(countOf(full, "data-gap=")).isEqualTo(25);
		assertThat(full).contains("/agreements/gaps?page=2\"");

		String second = this.mvc.perform(get("/agreements/gaps").param("kind", "SUBPROCESSOR_WITHOUT_BAA")
			.param("page", "2")
			.with(as(Role.AUDITOR))
			.with(htmx()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second).doesNotContain("<html").contains("id=\"gaps-body\"");
		assertThat(countOf(second, "data-gap=\"SUBPROCESSOR_WITHOUT_BAA\""))
			.isEqualTo((int) Math.min(25, subprocessorGaps - 25));
		assertThat(countOf(second, "data-gap=")).isEqualTo(countOf(second, "data-gap=\"SUBPROCESSOR_WITHOUT_BAA\""));

		this.mvc.perform(get("/agreements/gaps").param("kind", "SUBPROCESSOR_WITHOUT_BAA").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>")));
		this.mvc.perform(get("/agreements/gaps").param("kind", "NO_SUCH_KIND").with(as(Role.AUDITOR)))
			.andExpect(status().isBadRequest());
	}

	static int countOf(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

	LocalDate recheckOn(long vendorId) {
		return this.jdbc.sql("SELECT recheck_on FROM compliance_gap_check WHERE vendor_id = ?")
			.param(vendorId)
			.query(LocalDate.class)
			.single();
	}

	LocalDate computedOn(long vendorId) {
		return this.jdbc.sql("SELECT computed_on FROM compliance_gap_check WHERE vendor_id = ?")
			.param(vendorId)
			.query(LocalDate.class)
			.single();
	}

}
