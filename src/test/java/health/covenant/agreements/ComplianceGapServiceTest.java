package health.covenant.agreements;

import java.time.LocalDate;
import java.util.List;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static health.covenant.agreements.AgreementFixtures.executedBaa;
import static health.covenant.agreements.AgreementFixtures.tickAllRequired;
import static health.covenant.agreements.AgreementFixtures.vendorInService;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithMockUser(username = "admin@covenant.test", roles = "ADMIN")
class ComplianceGapServiceTest {

	@Autowired
	ComplianceGapService gaps;

	@Autowired
	AgreementService agreements;

	@Autowired
	VendorService vendors;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	List<GapKind> kinds(long vendorId) {
		return this.gaps.forVendor(vendorId).stream().map(ComplianceGap::kind).toList();
	}

	@Test
	void phiVendorWithoutBaaIsUncoveredUntilACompleteBaaIsExecuted() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Gap Scribe", PhiAccess.PHI);
		assertThat(this.gaps.forVendor(vendor)).singleElement().satisfies((gap) -> {
			assertThat(gap.kind()).isEqualTo(GapKind.UNCOVERED_PHI_VENDOR);
			assertThat(gap.link()).isEqualTo("/agreements/new?vendorId=" + vendor + "&kind=BAA");
		});

		long msa = this.agreements.create(vendor, new AgreementDetails(AgreementKind.MSA, AgreementStatus.EXECUTED,
				today.minusMonths(1), today.plusYears(2), false, null, 30, null, null, today.minusMonths(1), null, null,
				null));
		assertThat(kinds(vendor)).containsExactly(GapKind.UNCOVERED_PHI_VENDOR);

		long baa = this.agreements.create(vendor, executedBaa(today.minusMonths(1), today.plusYears(2), false, 0));
		assertThat(kinds(vendor)).containsExactly(GapKind.MISSING_REQUIRED_CLAUSES);
		assertThat(this.gaps.forVendor(vendor).get(0).count()).isEqualTo(13);
		assertThat(this.gaps.forVendor(vendor).get(0).link()).isEqualTo("/agreements/" + baa + "#clauses");

		tickAllRequired(this.agreements, baa);
		this.agreements.updateClause(baa, "BAA-09", ClauseStatus.NOT_APPLICABLE, "No designated record set", null);
		assertThat(this.gaps.forVendor(vendor)).isEmpty();
		assertThat(msa).isPositive();
	}

	@Test
	void limitedDataSetCountsButDeIdentifiedAndProspectsDoNot() {
		long limited = vendorInService(this.vendors, "Gap LDS", PhiAccess.LIMITED_DATA_SET);
		long deidentified = vendorInService(this.vendors, "Gap DeID", PhiAccess.DE_IDENTIFIED);
		long prospect = this.vendors.register(
				health.covenant.vendors.VendorDetails.named("Gap Prospect " + System.nanoTime(), PhiAccess.PHI));
		assertThat(kinds(limited)).containsExactly(GapKind.UNCOVERED_PHI_VENDOR);
		assertThat(kinds(deidentified)).isEmpty();
		assertThat(kinds(prospect)).isEmpty();
	}

	@Test
	void aDraftOrAnExpiredBaaDoesNotCover() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Gap Expired", PhiAccess.PHI);
		long draft = this.agreements.create(vendor, new AgreementDetails(AgreementKind.BAA, AgreementStatus.DRAFT, null,
				null, false, null, null, null, null, null, null, null, null));
		long old = this.agreements.create(vendor, executedBaa(today.minusYears(2), today.minusDays(1), false, 0));
		tickAllRequired(this.agreements, old);
		assertThat(kinds(vendor)).containsExactlyInAnyOrder(GapKind.UNCOVERED_PHI_VENDOR, GapKind.EXPIRED);
		assertThat(draft).isPositive();
	}

	@Test
	void noticeDeadlineAndExpiryWithin90DaysAreGaps() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Gap Dates", PhiAccess.NONE);
		// renewing: term ends in 120 days, notice 30 → last day in 90 days (inclusive horizon)
		long renewing = this.agreements.create(vendor, executedBaa(today.minusMonths(6), today.plusDays(120), true, 30));
		// not renewing: expires in 91 days → not yet a gap
		long later = this.agreements.create(vendor, executedBaa(today.minusMonths(6), today.plusDays(91), false, 0));
		tickAllRequired(this.agreements, renewing);
		tickAllRequired(this.agreements, later);
		assertThat(this.gaps.forVendor(vendor)).singleElement().satisfies((gap) -> {
			assertThat(gap.kind()).isEqualTo(GapKind.NOTICE_DEADLINE_NEAR);
			assertThat(gap.agreementId()).isEqualTo(renewing);
			assertThat(gap.date()).isEqualTo(today.plusDays(90));
			assertThat(gap.days()).isEqualTo(90);
		});

		this.clock.setDate(today.plusDays(1));
		assertThat(kinds(vendor)).containsExactlyInAnyOrder(GapKind.NOTICE_DEADLINE_NEAR, GapKind.EXPIRING);

		// once the last day has passed, the next deadline is a year later: no longer near
		this.clock.setDate(today.plusDays(91));
		assertThat(this.gaps.forVendor(vendor)).extracting(ComplianceGap::kind).containsExactly(GapKind.EXPIRING);
	}

	@Test
	void theCountFollowsChanges() {
		long before = this.gaps.count();
		long vendor = vendorInService(this.vendors, "Gap Count", PhiAccess.PHI);
		assertThat(this.gaps.count()).isEqualTo(before + 1);
		LocalDate today = this.clock.today();
		long baa = this.agreements.create(vendor, executedBaa(today.minusMonths(1), today.plusYears(2), false, 0));
		tickAllRequired(this.agreements, baa);
		assertThat(this.gaps.count()).isEqualTo(before);
		assertThat(this.gaps.all()).noneMatch((gap) -> gap.vendorId() == vendor);
	}

}
