package health.covenant.agreements;

import java.time.LocalDate;
import java.util.List;

import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.SubprocessorSummary;
import health.covenant.vendors.VendorSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored form of the gap rules: the day each gap starts to show, and the day to recompute. */
class ComplianceGapRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	static final VendorSummary PHI_VENDOR = new VendorSummary(1, "Acme Scribe", LifecycleStatus.ACTIVE, PhiAccess.PHI,
			null);

	static AgreementRow row(long id, AgreementStatus status, AgreementTerms terms, int missing,
			AgreementStanding.Successor successor) {
		AgreementTerms.Schedule schedule = terms.on(TODAY);
		return new AgreementRow(id, PHI_VENDOR.id(), PHI_VENDOR.name(), AgreementKind.BAA, status,
				terms.effectiveDate(), null, schedule, schedule.daysToNoticeDeadline(TODAY), null, missing,
				terms.autoRenews(), AgreementStanding.of(status, null, schedule, successor, TODAY), null);
	}

	/** The vendor's third-party assurance counts for years yet (its own rule is tested on its own). */
	static final LocalDate ASSURED_UNTIL = TODAY.plusYears(5);

	/** The agreement gaps of the PHI vendor, its assurance set aside. */
	static ComplianceGapRules.Result evaluate(AgreementRow... rows) {
		ComplianceGapRules.Result result = ComplianceGapRules.evaluate(PHI_VENDOR, List.of(rows), List.of(),
				ASSURED_UNTIL, TODAY);
		return new ComplianceGapRules.Result(result.gaps()
			.stream()
			.filter((entry) -> entry.gap().kind() != GapKind.NO_CURRENT_ASSURANCE)
			.toList(), result.recheckOn());
	}

	@Test
	void aNoticeDeadlineShowsFrom90DaysBeforeAndIsRecheckedTheDayAfterIt() {
		AgreementTerms renewing = new AgreementTerms(TODAY.minusYears(1), TODAY.plusDays(120), true, 12, 30);
		ComplianceGapRules.Result result = evaluate(row(7, AgreementStatus.EXECUTED, renewing, 0, null));
		assertThat(result.gaps()).singleElement().satisfies((entry) -> {
			assertThat(entry.gap().kind()).isEqualTo(GapKind.NOTICE_DEADLINE_NEAR);
			assertThat(entry.gap().date()).isEqualTo(TODAY.plusDays(90));
			assertThat(entry.visibleFrom()).isEqualTo(TODAY);
		});
		assertThat(result.recheckOn()).isEqualTo(TODAY.plusDays(91));
	}

	@Test
	void anExpirationFarAheadIsStoredButShowsOnlyFromItsDay() {
		AgreementTerms ending = new AgreementTerms(TODAY.minusYears(1), TODAY.plusDays(200), false, 0, 0);
		ComplianceGapRules.Result result = evaluate(row(7, AgreementStatus.EXECUTED, ending, 0, null));
		assertThat(result.gaps()).singleElement().satisfies((entry) -> {
			assertThat(entry.gap().kind()).isEqualTo(GapKind.EXPIRING);
			assertThat(entry.visibleFrom()).isEqualTo(TODAY.plusDays(110));
		});
		assertThat(result.visibleOn(TODAY.plusDays(109))).isEmpty();
		assertThat(result.visibleOn(TODAY.plusDays(110))).extracting(ComplianceGap::kind)
			.containsExactly(GapKind.EXPIRING);
		assertThat(result.recheckOn()).as("the day after the term ends, the BAA no longer covers")
			.isEqualTo(TODAY.plusDays(201));
	}

	@Test
	void aBaaNotYetInForceLeavesTheVendorUncoveredUntilItsFirstDay() {
		AgreementTerms later = new AgreementTerms(TODAY.plusDays(10), null, false, 0, 0);
		ComplianceGapRules.Result result = evaluate(row(7, AgreementStatus.EXECUTED, later, 0, null));
		assertThat(result.visibleOn(TODAY)).extracting(ComplianceGap::kind)
			.containsExactly(GapKind.UNCOVERED_PHI_VENDOR);
		assertThat(result.gaps().get(0).visibleFrom()).isEqualTo(ComplianceGapRules.ALWAYS);
		assertThat(result.recheckOn()).isEqualTo(TODAY.plusDays(10));
	}

	@Test
	void anEvergreenBaaInForceNeedsNoRecheck() {
		AgreementTerms evergreen = new AgreementTerms(TODAY.minusYears(2), null, false, 0, 0);
		ComplianceGapRules.Result result = evaluate(row(7, AgreementStatus.EXECUTED, evergreen, 2, null));
		assertThat(result.gaps()).extracting((entry) -> entry.gap().kind())
			.containsExactly(GapKind.MISSING_REQUIRED_CLAUSES);
		assertThat(result.recheckOn()).isNull();
	}

	@Test
	void aSignedLaterVersionIsRecheckedTheDayItTakesEffect() {
		AgreementTerms old = new AgreementTerms(TODAY.minusYears(2), null, false, 0, 0);
		AgreementTerms next = new AgreementTerms(TODAY.plusDays(5), null, false, 0, 0);
		ComplianceGapRules.Result result = evaluate(
				row(7, AgreementStatus.EXECUTED, old, 0,
						new AgreementStanding.Successor(8, AgreementStatus.EXECUTED, TODAY.plusDays(5))),
				row(8, AgreementStatus.EXECUTED, next, 0, null));
		assertThat(result.gaps()).isEmpty();
		assertThat(result.recheckOn()).isEqualTo(TODAY.plusDays(5));
	}

	@Test
	void aSubprocessorWithoutDownstreamBaaShowsAtOnceAndTheCalendarDoesNotMoveIt() {
		ComplianceGapRules.Result result = ComplianceGapRules.evaluate(PHI_VENDOR, List.of(),
				List.of(new SubprocessorSummary(3, 1, "Cloud", null, null, false, false)), ASSURED_UNTIL, TODAY);
		assertThat(result.visibleOn(TODAY)).extracting(ComplianceGap::kind)
			.containsExactly(GapKind.UNCOVERED_PHI_VENDOR, GapKind.SUBPROCESSOR_WITHOUT_BAA);
		assertThat(result.recheckOn()).isNull();
	}

	@Test
	void aPhiVendorInServiceWithoutCurrentAssuranceHasAGapFromTheDayAfterItLapses() {
		assertThat(ComplianceGapRules.evaluate(PHI_VENDOR, List.of(), List.of(), null, TODAY).visibleOn(TODAY))
			.extracting(ComplianceGap::kind)
			.containsExactly(GapKind.UNCOVERED_PHI_VENDOR, GapKind.NO_CURRENT_ASSURANCE);
		ComplianceGapRules.Result assured = ComplianceGapRules.evaluate(PHI_VENDOR, List.of(), List.of(),
				TODAY.plusDays(10), TODAY);
		assertThat(assured.visibleOn(TODAY.plusDays(10))).extracting(ComplianceGap::kind)
			.containsExactly(GapKind.UNCOVERED_PHI_VENDOR);
		assertThat(assured.visibleOn(TODAY.plusDays(11))).extracting(ComplianceGap::kind)
			.containsExactly(GapKind.UNCOVERED_PHI_VENDOR, GapKind.NO_CURRENT_ASSURANCE);
		assertThat(assured.recheckOn()).as("the calendar needs no recompute: the row shows from its day").isNull();
		assertThat(ComplianceGapRules.evaluate(PHI_VENDOR, List.of(), List.of(), TODAY.minusDays(1), TODAY)
			.visibleOn(TODAY)).extracting(ComplianceGap::kind).contains(GapKind.NO_CURRENT_ASSURANCE);
	}

}
