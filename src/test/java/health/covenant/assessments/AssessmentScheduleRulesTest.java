package health.covenant.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import health.covenant.assessments.AssessmentScheduleRules.CadenceSource;
import health.covenant.assessments.AssessmentScheduleRules.DueBasis;
import health.covenant.assessments.AssessmentScheduleRules.Last;
import health.covenant.assessments.AssessmentScheduleRules.Open;
import health.covenant.assessments.AssessmentScheduleRules.Schedule;
import health.covenant.assessments.AssessmentScheduleRules.Triggers;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.RiskTier;
import health.covenant.vendors.VendorSummary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The reassessment rule as a table: cadence by tier, by PHI access or override, and the triggers on boundary days. */
class AssessmentScheduleRulesTest {

	private static final LocalDate LAST = LocalDate.of(2026, 3, 15);

	private static final VendorSummary PHI_VENDOR = new VendorSummary(1, "Nimbus", LifecycleStatus.ACTIVE, PhiAccess.PHI, null);

	private static final VendorSummary NO_PHI_VENDOR = new VendorSummary(2, "Plain", LifecycleStatus.ACTIVE, PhiAccess.NONE,
			null);

	private static final VendorSummary PROSPECT = new VendorSummary(3, "Later", LifecycleStatus.PROSPECT, PhiAccess.PHI, null);

	static Stream<Arguments> table() {
		Triggers none = Triggers.NONE;
		return Stream.of(
				// cadence by tier from the last assessment
				arguments("critical: 12 months", PHI_VENDOR, null, RiskTier.CRITICAL, none, 12, CadenceSource.RISK_TIER,
						LocalDate.of(2027, 3, 15), DueBasis.LAST_ASSESSMENT, null),
				arguments("high: 12 months", NO_PHI_VENDOR, null, RiskTier.HIGH, none, 12, CadenceSource.RISK_TIER,
						LocalDate.of(2027, 3, 15), DueBasis.LAST_ASSESSMENT, null),
				arguments("medium: 24 months", PHI_VENDOR, null, RiskTier.MEDIUM, none, 24, CadenceSource.RISK_TIER,
						LocalDate.of(2028, 3, 15), DueBasis.LAST_ASSESSMENT, null),
				arguments("low: 36 months, even with PHI", PHI_VENDOR, null, RiskTier.LOW, none, 36,
						CadenceSource.RISK_TIER, LocalDate.of(2029, 3, 15), DueBasis.LAST_ASSESSMENT, null),
				// not scored yet: today's rule
				arguments("unscored PHI vendor: 12 months by PHI access", PHI_VENDOR, null, null, none, 12,
						CadenceSource.PHI_ACCESS, LocalDate.of(2027, 3, 15), DueBasis.LAST_ASSESSMENT, null),
				arguments("unscored vendor without PHI: 36 months", NO_PHI_VENDOR, null, null, none, 36,
						CadenceSource.PHI_ACCESS, LocalDate.of(2029, 3, 15), DueBasis.LAST_ASSESSMENT, null),
				// a cadence set for the vendor wins over the tier
				arguments("override over tier", PHI_VENDOR, 6, RiskTier.LOW, none, 6, CadenceSource.OVERRIDE,
						LocalDate.of(2026, 9, 15), DueBasis.LAST_ASSESSMENT, null),
				// a certification lapsing: due the lapse day (day after the last assured day) + 30
				arguments("assurance lapses mid-cycle", PHI_VENDOR, null, RiskTier.MEDIUM,
						new Triggers(LocalDate.of(2026, 8, 31), List.of()), 24, CadenceSource.RISK_TIER,
						LocalDate.of(2026, 10, 1), DueBasis.CERTIFICATION_LAPSED, LocalDate.of(2026, 9, 1)),
				arguments("assured until the day of the last assessment: lapsed the day after, counts", PHI_VENDOR, null,
						RiskTier.LOW, new Triggers(LAST, List.of()), 36, CadenceSource.RISK_TIER,
						LocalDate.of(2026, 4, 15), DueBasis.CERTIFICATION_LAPSED, LocalDate.of(2026, 3, 16)),
				arguments("lapsed on the day of the last assessment: known to it, no trigger", PHI_VENDOR, null,
						RiskTier.LOW, new Triggers(LAST.minusDays(1), List.of()), 36, CadenceSource.RISK_TIER,
						LocalDate.of(2029, 3, 15), DueBasis.LAST_ASSESSMENT, null),
				arguments("lapse + 30 one day before the cadence date: pulled forward", PHI_VENDOR, null, RiskTier.HIGH,
						new Triggers(LocalDate.of(2027, 2, 11), List.of()), 12, CadenceSource.RISK_TIER,
						LocalDate.of(2027, 3, 14), DueBasis.CERTIFICATION_LAPSED, LocalDate.of(2027, 2, 12)),
				arguments("lapse + 30 on the cadence date: the cadence stays", PHI_VENDOR, null, RiskTier.HIGH,
						new Triggers(LocalDate.of(2027, 2, 12), List.of()), 12, CadenceSource.RISK_TIER,
						LocalDate.of(2027, 3, 15), DueBasis.LAST_ASSESSMENT, null),
				// a new sub-processor
				arguments("sub-processor added the day after the last assessment", PHI_VENDOR, null, RiskTier.LOW,
						new Triggers(null, List.of(LAST.plusDays(1))), 36, CadenceSource.RISK_TIER,
						LocalDate.of(2026, 4, 15), DueBasis.NEW_SUBPROCESSOR, LocalDate.of(2026, 3, 16)),
				arguments("sub-processor added on the day of the last assessment: no trigger", PHI_VENDOR, null,
						RiskTier.LOW, new Triggers(null, List.of(LAST)), 36, CadenceSource.RISK_TIER,
						LocalDate.of(2029, 3, 15), DueBasis.LAST_ASSESSMENT, null),
				arguments("the earliest trigger wins", PHI_VENDOR, null, RiskTier.MEDIUM,
						new Triggers(LocalDate.of(2026, 6, 30), List.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 5, 2))),
						24, CadenceSource.RISK_TIER, LocalDate.of(2026, 6, 1), DueBasis.NEW_SUBPROCESSOR,
						LocalDate.of(2026, 5, 2)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void dueDate(String name, VendorSummary vendor, Integer override, RiskTier tier, Triggers triggers, int months,
			CadenceSource source, LocalDate due, DueBasis basis, LocalDate triggeredOn) {
		Schedule schedule = AssessmentScheduleRules.evaluate(vendor, new Last(7, LAST, 80), null, override,
				LocalDate.of(2025, 1, 1), tier, triggers, AssessmentPolicy.defaults(), ReassessmentPolicy.defaults());
		assertThat(schedule).isEqualTo(new Schedule(months, source, due, basis, triggeredOn));
	}

	static Stream<Arguments> withoutLastAssessment() {
		Triggers lapsed = new Triggers(LocalDate.of(2026, 1, 1), List.of(LocalDate.of(2026, 2, 1)));
		return Stream.of(
				arguments("an open assessment keeps its own date, triggers or not", PHI_VENDOR,
						new Open(9, AssessmentStatus.IN_PROGRESS, LocalDate.of(2026, 12, 1)), lapsed,
						new Schedule(24, CadenceSource.RISK_TIER, LocalDate.of(2026, 12, 1), DueBasis.OPEN_ASSESSMENT)),
				arguments("never assessed: first in service + 30 days", PHI_VENDOR, null, lapsed,
						new Schedule(24, CadenceSource.RISK_TIER, LocalDate.of(2025, 1, 31), DueBasis.FIRST_ASSESSMENT)),
				arguments("not in service: none", PROSPECT, null, lapsed,
						new Schedule(24, CadenceSource.RISK_TIER, null, DueBasis.NOT_IN_SERVICE)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("withoutLastAssessment")
	void triggersApplyToAReassessmentOnly(String name, VendorSummary vendor, Open open, Triggers triggers,
			Schedule expected) {
		assertThat(AssessmentScheduleRules.evaluate(vendor, null, open, null, LocalDate.of(2025, 1, 1), RiskTier.MEDIUM,
				triggers, AssessmentPolicy.defaults(), ReassessmentPolicy.defaults()))
			.isEqualTo(expected);
	}

}
