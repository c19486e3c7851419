package health.covenant.agreements;

import java.time.LocalDate;
import java.util.List;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.certifications.CertificationDetails;
import health.covenant.certifications.CertificationService;
import health.covenant.certifications.CertificationStateService;
import health.covenant.certifications.CertificationType;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static health.covenant.agreements.AgreementFixtures.executedBaa;
import static health.covenant.agreements.AgreementFixtures.tickAllRequired;
import static health.covenant.agreements.AgreementFixtures.vendorInService;
import static health.covenant.agreements.AgreementFixtures.withStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
@WithMockUser(username = "admin@covenant.test", roles = "ADMIN")
class ComplianceGapServiceTest {

	@Autowired
	ComplianceGapService gaps;

	@Autowired
	AgreementService agreements;

	@Autowired
	AgreementQueries queries;

	@Autowired
	AgreementSearch search;

	@Autowired
	VendorService vendors;

	@Autowired
	TestClock clock;

	@Autowired
	CertificationService certifications;

	@Autowired
	CertificationStateService certificationStates;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	List<GapKind> kinds(long vendorId) {
		return agreementGaps(vendorId).stream().map(ComplianceGap::kind).toList();
	}

	/** The vendor's gaps but the one about its certifications (CertificationGapTest has that). */
	List<ComplianceGap> agreementGaps(long vendorId) {
		return this.gaps.forVendor(vendorId)
			.stream()
			.filter((gap) -> gap.kind() != GapKind.NO_CURRENT_ASSURANCE)
			.toList();
	}

	@Test
	void phiVendorWithoutBaaIsUncoveredUntilACompleteBaaIsExecuted() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Gap Scribe", PhiAccess.PHI);
		assertThat(agreementGaps(vendor)).singleElement().satisfies((gap) -> {
			assertThat(gap.kind()).isEqualTo(GapKind.UNCOVERED_PHI_VENDOR);
			assertThat(gap.link()).isEqualTo("/agreements/new?vendorId=" + vendor + "&kind=BAA");
		});

		long msa = this.agreements.create(vendor, new AgreementDetails(AgreementKind.MSA, AgreementStatus.EXECUTED,
				today.minusMonths(1), today.plusYears(2), false, null, 30, null, null, today.minusMonths(1), null, null,
				null));
		assertThat(kinds(vendor)).containsExactly(GapKind.UNCOVERED_PHI_VENDOR);

		long baa = this.agreements.create(vendor, executedBaa(today.minusMonths(1), today.plusYears(2), false, 0));
		assertThat(kinds(vendor)).containsExactly(GapKind.MISSING_REQUIRED_CLAUSES);
		assertThat(agreementGaps(vendor).get(0).count()).isEqualTo(13);
		assertThat(agreementGaps(vendor).get(0).link()).isEqualTo("/agreements/" + baa + "#clauses");

		tickAllRequired(this.agreements, this.queries, baa);
		this.agreements.updateClause(baa, "BAA-09", ClauseStatus.NOT_APPLICABLE, "No designated record set", null);
		assertThat(agreementGaps(vendor)).isEmpty();
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
		tickAllRequired(this.agreements, this.queries, old);
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
		tickAllRequired(this.agreements, this.queries, renewing);
		tickAllRequired(this.agreements, this.queries, later);
		assertThat(agreementGaps(vendor)).singleElement().satisfies((gap) -> {
			assertThat(gap.kind()).isEqualTo(GapKind.NOTICE_DEADLINE_NEAR);
			assertThat(gap.agreementId()).isEqualTo(renewing);
			assertThat(gap.date()).isEqualTo(today.plusDays(90));
			assertThat(gap.days()).isEqualTo(90);
		});

		this.clock.setDate(today.plusDays(1));
		assertThat(kinds(vendor)).containsExactlyInAnyOrder(GapKind.NOTICE_DEADLINE_NEAR, GapKind.EXPIRING);

		// once the last day has passed, the next deadline is a year later: no longer near (the nightly step
		// recomputes the vendors whose stored dates have passed)
		this.clock.setDate(today.plusDays(91));
		assertThat(this.gaps.refreshDue()).isPositive();
		assertThat(agreementGaps(vendor)).extracting(ComplianceGap::kind).containsExactly(GapKind.EXPIRING);
	}

	@Test
	void theCountFollowsChanges() {
		long before = this.gaps.count();
		long vendor = vendorInService(this.vendors, "Gap Count", PhiAccess.PHI);
		// no BAA and no third-party assurance
		assertThat(this.gaps.count()).isEqualTo(before + 2);
		LocalDate today = this.clock.today();
		long baa = this.agreements.create(vendor, executedBaa(today.minusMonths(1), today.plusYears(2), false, 0));
		tickAllRequired(this.agreements, this.queries, baa);
		assertThat(this.gaps.count()).isEqualTo(before + 1);
		assertThat(this.gaps.page(GapKind.UNCOVERED_PHI_VENDOR, PageRequest.of(0, 100)).getContent())
			.noneMatch((gap) -> gap.vendorId() == vendor);
	}

	@Test
	void aSubcontractorBaaIsNotABaaWithUsAndDoesNotCoverTheVendor() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Gap Subcontractor", PhiAccess.PHI);
		AgreementDetails baa = executedBaa(today.minusMonths(1), today.plusYears(2), false, 0);
		long sub = this.agreements.create(vendor, new AgreementDetails(AgreementKind.SUBCONTRACTOR_BAA, baa.status(),
				baa.effectiveDate(), baa.expirationDate(), false, null, 0, 10, BreachNoticeUnit.BUSINESS_DAYS,
				baa.signedDate(), "Jane Doe", null, null));
		tickAllRequired(this.agreements, this.queries, sub);
		assertThat(kinds(vendor)).containsExactly(GapKind.UNCOVERED_PHI_VENDOR);

		long ours = this.agreements.create(vendor, baa);
		tickAllRequired(this.agreements, this.queries, ours);
		assertThat(kinds(vendor)).isEmpty();
	}

	@Test
	void anOffboardingPhiVendorNeedsACurrentBaaUntilTheReturnOfItsPhiIsRecorded() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Gap Offboarding", PhiAccess.PHI);
		long baa = this.agreements.create(vendor, executedBaa(today.minusYears(1), today.plusYears(2), false, 0));
		tickAllRequired(this.agreements, this.queries, baa);
		this.vendors.changeStatus(vendor, this.vendors.getView(vendor).version(), LifecycleStatus.ACTIVE);
		this.vendors.changeStatus(vendor, this.vendors.getView(vendor).version(), LifecycleStatus.OFFBOARDING);
		assertThat(kinds(vendor)).as("a current BAA still covers it").isEmpty();

		this.agreements.update(baa, this.queries.get(baa).version(),
				withStatus(executedBaa(today.minusYears(1), today.plusYears(2), false, 0), AgreementStatus.TERMINATED));
		assertThat(agreementGaps(vendor)).singleElement().satisfies((gap) -> {
			assertThat(gap.kind()).isEqualTo(GapKind.OFFBOARDING_PHI_NOT_RETURNED);
			assertThat(gap.link()).isEqualTo("/agreements/" + baa + "#phi-return");
		});

		assertThatExceptionOfType(AgreementRuleException.class)
			.isThrownBy(() -> this.agreements.recordPhiReturned(baa, today.plusDays(1)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(RuleViolation::messageKey)
				.containsExactly("agreement.phiReturned.rule.future"));
		assertThatExceptionOfType(AgreementRuleException.class)
			.isThrownBy(() -> this.agreements.recordPhiReturned(baa, today.minusYears(1).minusDays(1)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(RuleViolation::messageKey)
				.containsExactly("agreement.phiReturned.rule.beforeEffective"));
		assertThat(kinds(vendor)).containsExactly(GapKind.OFFBOARDING_PHI_NOT_RETURNED);

		this.agreements.recordPhiReturned(baa, today);
		assertThat(kinds(vendor)).isEmpty();
		assertThat(this.queries.get(baa).phiReturnedOn()).isEqualTo(today);
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'Agreement' AND entity_id = ? "
				+ "AND action = 'AGREEMENT_PHI_RETURNED'").param(String.valueOf(baa)).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aSignedVersionThatStartsLaterLeavesTheCurrentOneInForceUntilThen() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Gap Later Version", PhiAccess.PHI);
		long first = this.agreements.create(vendor, executedBaa(today.minusYears(1), today.plusYears(1), true, 60));
		tickAllRequired(this.agreements, this.queries, first);
		long second = this.agreements.newVersion(first);
		LocalDate takesEffect = today.plusDays(10);
		this.agreements.update(second, this.queries.get(second).version(),
				new AgreementDetails(AgreementKind.BAA, AgreementStatus.EXECUTED, takesEffect, takesEffect.plusYears(3),
						true, 12, 60, 10, BreachNoticeUnit.BUSINESS_DAYS, today, "Jane Doe", null, null));

		AgreementView old = this.queries.get(first);
		assertThat(old.status()).isEqualTo(AgreementStatus.EXECUTED);
		assertThat(old.standing().supersededFrom()).isEqualTo(takesEffect);
		assertThat(kinds(vendor)).as("the old version still covers the vendor").isEmpty();

		this.clock.setDate(takesEffect.minusDays(1));
		assertThat(this.queries.get(first).standing().ended()).isFalse();
		assertThat(kinds(vendor)).isEmpty();

		this.clock.setDate(takesEffect);
		AgreementView superseded = this.queries.get(first);
		assertThat(superseded.shownStatus()).isEqualTo(AgreementStatus.SUPERSEDED);
		assertThat(superseded.standing().endedOn()).isEqualTo(takesEffect);
		assertThat(kinds(vendor)).as("the new version covers the vendor from its first day").isEmpty();

		assertThat(this.agreements.supersedeDue()).isGreaterThanOrEqualTo(1);
		assertThat(this.queries.get(first).status()).isEqualTo(AgreementStatus.SUPERSEDED);
		assertThat(this.queries.get(first).standing().endedOn()).isEqualTo(takesEffect);
		assertThat(this.queries.forVendor(vendor)).filteredOn((row) -> row.id() == first)
			.singleElement()
			.satisfies((row) -> assertThat(row.keyDate()).isNull());
	}

	@Test
	void aRequiredClauseMarkedNotApplicableWithoutBeingAllowedStaysAGap() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Gap Not Applicable", PhiAccess.PHI);
		long baa = this.agreements.create(vendor, executedBaa(today.minusMonths(1), today.plusYears(2), false, 0));
		tickAllRequired(this.agreements, this.queries, baa);
		assertThatExceptionOfType(AgreementRuleException.class)
			.isThrownBy(() -> this.agreements.updateClause(baa, "BAA-05", ClauseStatus.NOT_APPLICABLE, "No ePHI", null))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(RuleViolation::messageKey)
				.containsExactly("agreement.clause.rule.cannotBeNotApplicable"));
		assertThatExceptionOfType(AgreementRuleException.class)
			.isThrownBy(() -> this.agreements.updateClause(baa, "BAA-12", ClauseStatus.NOT_APPLICABLE, " ", null))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(RuleViolation::messageKey)
				.containsExactly("agreement.clause.rule.notApplicableNeedsNote"));
		this.agreements.updateClause(baa, "BAA-12", ClauseStatus.NOT_APPLICABLE, "Performs none of our duties", null);
		assertThat(kinds(vendor)).isEmpty();

		// recorded before the rule: still readable, and a gap again
		this.jdbc.sql("UPDATE agreement_clause SET status = 'NOT_APPLICABLE' WHERE agreement_id = ? AND clause_code = 'BAA-05'")
			.param(baa)
			.update();
		this.agreements.recountMissingClauses();
		this.gaps.recompute(List.of(vendor));
		assertThat(this.queries.get(baa).missingRequired()).containsExactly("BAA-05");
		assertThat(kinds(vendor)).containsExactly(GapKind.MISSING_REQUIRED_CLAUSES);
		assertThat(this.search
			.search(new AgreementQuery(null, null, null, true, null, vendor, null), PageRequest.of(0, 10))
			.getContent()).extracting(AgreementRow::id).containsExactly(baa);
	}

	@Test
	void aPhiVendorInServiceWithoutCurrentAssuranceHasAGapUntilACurrentReportIsAddedAndAgainFromTheDayAfterItLapses() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Assurance Gap", PhiAccess.PHI);
		assertThat(assuranceGaps(vendor)).hasSize(1);
		assertThat(this.gaps.forVendor(vendor)).filteredOn((gap) -> gap.kind() == GapKind.NO_CURRENT_ASSURANCE)
			.singleElement()
			.satisfies((gap) -> assertThat(gap.link()).isEqualTo("/certifications/new?vendorId=" + vendor));

		LocalDate reportDate = today.minusMonths(6);
		this.certifications.create(vendor, CertificationDetails.of(CertificationType.HIPAA_ASSESSMENT, "Clearwater",
				reportDate), false, null);
		assertThat(assuranceGaps(vendor)).as("covered by a current HIPAA assessment").isEmpty();

		LocalDate lastDay = this.certificationStates.assurance(vendor).assuredUntil();
		this.clock.setDate(lastDay);
		assertThat(assuranceGaps(vendor)).isEmpty();
		this.clock.setDate(lastDay.plusDays(1));
		assertThat(assuranceGaps(vendor)).as("shows from the day after it lapses, nothing recomputed").hasSize(1);
	}

	private List<ComplianceGap> assuranceGaps(long vendorId) {
		return this.gaps.forVendor(vendorId)
			.stream()
			.filter((gap) -> gap.kind() == GapKind.NO_CURRENT_ASSURANCE)
			.toList();
	}

}
