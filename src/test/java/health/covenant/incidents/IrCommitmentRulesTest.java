package health.covenant.incidents;

import java.time.LocalDate;
import java.util.List;

import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.obligations.ObligationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The commitment rules and the yearly duties they start, as tables. */
class IrCommitmentRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	static LocalDate day(String value) {
		return value == null ? null : LocalDate.parse(value);
	}

	@ParameterizedTest(name = "PHI={0} in service={1} since {2}, plan {3}, tabletop {4}, verified {5}, enabled={6}: {7} / {8} / {9}")
	@CsvSource(nullValues = "-", value = {
			// never met: 30 days after entering service, each of the three
			"true,  true,  2026-01-10, -,          -,          -,          true,  2026-02-09, 2026-02-09, 2026-02-09",
			// a year after the last one; 29 Feb + 12 months is 28 Feb
			"true,  true,  2020-01-10, 2026-03-01, 2024-02-29, 2025-12-31, true,  2027-03-01, 2025-02-28, 2026-12-31",
			// verification off: only the plan and the tabletop
			"true,  true,  2026-01-10, 2026-03-01, -,          -,          false, 2027-03-01, 2026-02-09, -",
			// a vendor without PHI, or out of service, owes nothing
			"false, true,  2026-01-10, -,          -,          -,          true,  -,          -,          -",
			"true,  false, 2026-01-10, -,          -,          -,          true,  -,          -,          -",
			// in service since an unknown day (not yet synchronised): only what follows a recorded date
			"true,  true,  -,          2026-03-01, -,          -,          true,  2027-03-01, -,          -" })
	void yearlyDuties(boolean phi, boolean inService, String since, String plan, String tabletop, String verified,
			boolean enabled, String planDue, String tabletopDue, String verificationDue) {
		List<IrCommitmentRules.Due> dues = IrCommitmentRules.dues(new IrCommitmentRules.Facts(phi, inService,
				day(since), day(plan), day(tabletop), day(verified)), enabled);
		assertThat(dueOf(dues, ObligationKind.IR_PLAN_REVIEW_DUE)).isEqualTo(day(planDue));
		assertThat(dueOf(dues, ObligationKind.IR_TABLETOP_DUE)).isEqualTo(day(tabletopDue));
		assertThat(dueOf(dues, ObligationKind.BA_VERIFICATION_DUE)).isEqualTo(day(verificationDue));
	}

	@Test
	void theKeyNamesWhatTheDutyFollowsSoANewerOneOpensANewObligation() {
		List<IrCommitmentRules.Due> never = IrCommitmentRules
			.dues(new IrCommitmentRules.Facts(true, true, day("2026-01-10"), null, null, null), true);
		List<IrCommitmentRules.Due> after = IrCommitmentRules
			.dues(new IrCommitmentRules.Facts(true, true, day("2026-01-10"), null, null, day("2026-06-01")), true);
		assertThat(never.get(2).key()).isEqualTo("verification:after:none");
		assertThat(after.get(2).key()).isEqualTo("verification:after:2026-06-01");
		assertThat(never.get(0).key()).isEqualTo("plan:after:none");
		assertThat(never.get(1).key()).isEqualTo("tabletop:after:none");
	}

	static IrCommitmentDetails details(Integer windowValue, BreachNoticeUnit unit, Integer hours, String name,
			String email, String phone, boolean aroundTheClock, boolean insured, String coverage, String plan,
			String verified, String officer) {
		return new IrCommitmentDetails(windowValue, unit, hours, name, email, phone, aroundTheClock, true, true,
				insured, coverage, day(plan), null, day(verified), officer, null);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(nullValues = "-", delimiter = '|', value = {
			"all empty is fine                  | -   | -             | -   | -    | -            | -     | false | false | -     | -          | -          | -     | false | -",
			"a full record                      | 72  | HOURS         | 24  | Ann  | ir@v.example | +1555 | true  | true  | $5M   | 2026-01-01 | 2026-06-01 | Bob   | true  | -",
			"length without unit                | 72  | -             | -   | -    | -            | -     | false | false | -     | -          | -          | -     | false | incidentWindowUnit:irCommitment.rule.windowIncomplete",
			"unit without length                | -   | HOURS         | -   | -    | -            | -     | false | false | -     | -          | -          | -     | false | incidentWindowValue:irCommitment.rule.windowIncomplete",
			"1440 hours is 60 days              | 1440| HOURS         | -   | -    | -            | -     | false | false | -     | -          | -          | -     | false | -",
			"1441 hours is day 61               | 1441| HOURS         | -   | -    | -            | -     | false | false | -     | -          | -          | -     | false | incidentWindowValue:irCommitment.rule.windowRange",
			"38 business days fit               | 38  | BUSINESS_DAYS | -   | -    | -            | -     | false | false | -     | -          | -          | -     | false | -",
			"39 business days may not           | 39  | BUSINESS_DAYS | -   | -    | -            | -     | false | false | -     | -          | -          | -     | false | incidentWindowValue:irCommitment.rule.windowRange",
			"zero days                          | 0   | CALENDAR_DAYS | -   | -    | -            | -     | false | false | -     | -          | -          | -     | false | incidentWindowValue:irCommitment.rule.windowRange",
			"contingency 0 hours                | -   | -             | 0   | -    | -            | -     | false | false | -     | -          | -          | -     | false | contingencyNoticeHours:irCommitment.rule.hoursRange",
			"contingency 721 hours              | -   | -             | 721 | -    | -            | -     | false | false | -     | -          | -          | -     | false | contingencyNoticeHours:irCommitment.rule.hoursRange",
			"contact without a name             | -   | -             | -   | -    | ir@v.example | -     | false | false | -     | -          | -          | -     | false | contactName:irCommitment.rule.contactName",
			"contact that cannot be reached     | -   | -             | -   | Ann  | -            | -     | false | false | -     | -          | -          | -     | false | contactEmail:irCommitment.rule.contactReach",
			"not an e-mail                      | -   | -             | -   | Ann  | ann          | -     | false | false | -     | -          | -          | -     | false | contactEmail:irCommitment.rule.email",
			"24x7 without phone                 | -   | -             | -   | Ann  | ir@v.example | -     | true  | false | -     | -          | -          | -     | false | contactPhone:irCommitment.rule.phone24x7",
			"insured without coverage           | -   | -             | -   | -    | -            | -     | false | true  | -     | -          | -          | -     | false | cyberCoverage:irCommitment.rule.coverage",
			"plan reviewed tomorrow             | -   | -             | -   | -    | -            | -     | false | false | -     | 2026-11-30 | -          | -     | false | planReviewedOn:incident.rule.future",
			"verified without officer           | -   | -             | -   | -    | -            | -     | false | false | -     | -          | 2026-06-01 | -     | true  | verificationOfficer:irCommitment.rule.officer",
			"verified without analysis          | -   | -             | -   | -    | -            | -     | false | false | -     | -          | 2026-06-01 | Bob   | false | analysis:irCommitment.rule.analysis",
			"officer without the day            | -   | -             | -   | -    | -            | -     | false | false | -     | -          | -          | Bob   | false | verificationReceivedOn:irCommitment.rule.receivedOn" })
	void formRules(String name, Integer windowValue, BreachNoticeUnit unit, Integer hours, String contactName,
			String email, String phone, boolean aroundTheClock, boolean insured, String coverage, String plan,
			String verified, String officer, boolean analysisAttached, String expected) {
		List<IncidentViolation> violations = IrCommitmentRules.check(details(windowValue, unit, hours, contactName,
				email, phone, aroundTheClock, insured, coverage, plan, verified, officer), TODAY, analysisAttached);
		if (expected == null) {
			assertThat(violations).isEmpty();
		}
		else {
			assertThat(violations).extracting((v) -> v.field() + ":" + v.messageKey()).containsExactly(expected);
		}
	}

	private static LocalDate dueOf(List<IrCommitmentRules.Due> dues, ObligationKind kind) {
		return dues.stream().filter((d) -> d.kind() == kind).map(IrCommitmentRules.Due::dueOn).findFirst().orElse(null);
	}

}
