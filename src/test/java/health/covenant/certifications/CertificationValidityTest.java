package health.covenant.certifications;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static health.covenant.certifications.CertificationType.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The validity rules per type, on their boundary days. */
class CertificationValidityTest {

	private static final LocalDate FAR = LocalDate.of(2026, 11, 28);

	@ParameterizedTest(name = "{0} dated {1}: valid until {2}, {3}")
	@CsvSource(textBlock = """
			# type,          report date, valid until, rule
			SOC2_TYPE1,       2025-03-10, 2026-03-10, certification.rule.STALE_12
			HIPAA_ASSESSMENT, 2025-03-10, 2026-03-10, certification.rule.STALE_12
			PEN_TEST,         2025-03-10, 2026-03-10, certification.rule.STALE_12
			HITRUST_E1,       2025-03-10, 2026-03-10, certification.rule.EXPIRED_12
			HITRUST_I1,       2025-03-10, 2026-03-10, certification.rule.EXPIRED_12
			FEDRAMP,          2025-03-10, 2026-03-10, certification.rule.EXPIRED_12
			ISO27001,         2025-03-10, 2028-03-10, certification.rule.ISO
			ISO27701,         2025-03-10, 2028-03-10, certification.rule.ISO
			ISO42001,         2025-03-10, 2028-03-10, certification.rule.ISO
			# leap day + 12 months is the last day of February
			PEN_TEST,         2024-02-29, 2025-02-28, certification.rule.STALE_12
			HITRUST_I1,       2024-02-29, 2025-02-28, certification.rule.EXPIRED_12
			# a month end stays a month end (28 Feb 2023 + 12 months is 29 Feb 2024)
			SOC2_TYPE1,       2023-02-28, 2024-02-29, certification.rule.STALE_12
			SOC2_TYPE1,       2025-04-30, 2026-04-30, certification.rule.STALE_12
			ISO27001,         2024-02-29, 2027-02-28, certification.rule.ISO
			""")
	void validUntilPerType(CertificationType type, LocalDate reportDate, LocalDate validUntil, String rule) {
		CertificationValidity.Schedule schedule = CertificationValidity.schedule(certification(type, reportDate));
		assertThat(schedule.validUntil()).isEqualTo(validUntil);
		assertThat(schedule.lapsesOn()).isEqualTo(validUntil.plusDays(1));
		assertThat(schedule.ruleKey()).isEqualTo(rule);
		CertificationState lapsed = type.lapse() == Lapse.STALE ? CertificationState.STALE : CertificationState.EXPIRED;
		assertThat(schedule.stateOn(validUntil)).isNotEqualTo(lapsed);
		assertThat(schedule.stateOn(validUntil.plusDays(1))).isEqualTo(lapsed);
	}

	@ParameterizedTest(name = "SOC 2 Type II period ending {0}: valid until {1}")
	@CsvSource(textBlock = """
			2025-06-30, 2026-06-30
			2025-11-30, 2026-11-30
			2024-02-29, 2025-02-28
			2023-02-28, 2024-02-29
			2025-03-15, 2026-03-15
			""")
	void soc2Type2IsStale12MonthsAfterThePeriodEnds(LocalDate periodEnd, LocalDate validUntil) {
		CertificationValidity.Schedule schedule = CertificationValidity
			.schedule(CertificationDetails.soc2Type2("A-LIGN", periodEnd.minusMonths(12).plusDays(1), periodEnd,
					periodEnd.plusDays(40), null));
		assertThat(schedule.validUntil()).isEqualTo(validUntil);
		assertThat(schedule.stateOn(validUntil.minusDays(CertificationValidity.HORIZON_DAYS)))
			.isEqualTo(CertificationState.VALID);
		assertThat(schedule.stateOn(validUntil.minusDays(CertificationValidity.HORIZON_DAYS - 1)))
			.isEqualTo(CertificationState.EXPIRING);
		assertThat(schedule.stateOn(validUntil)).isEqualTo(CertificationState.EXPIRING);
		assertThat(schedule.stateOn(validUntil.plusDays(1))).isEqualTo(CertificationState.STALE);
	}

	@Test
	void aBridgeLetterExtendsSoc2Type2ByAtMostThreeMonthsAndShowsAsBridged() {
		LocalDate end = LocalDate.of(2025, 9, 30);
		CertificationDetails bridged = CertificationDetails.soc2Type2("A-LIGN", LocalDate.of(2024, 10, 1), end,
				LocalDate.of(2025, 11, 10), LocalDate.of(2026, 12, 31));
		CertificationValidity.Schedule schedule = CertificationValidity.schedule(bridged);
		assertThat(schedule.validUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(schedule.ruleKey()).isEqualTo("certification.rule.bridged");
		assertThat(schedule.stateOn(LocalDate.of(2026, 9, 30))).isEqualTo(CertificationState.VALID);
		assertThat(schedule.stateOn(LocalDate.of(2026, 10, 1))).isEqualTo(CertificationState.BRIDGED);
		assertThat(schedule.stateOn(LocalDate.of(2026, 12, 31))).isEqualTo(CertificationState.BRIDGED);
		assertThat(schedule.stateOn(LocalDate.of(2027, 1, 1))).isEqualTo(CertificationState.STALE);
	}

	@ParameterizedTest(name = "period end {0}, bridge letter until {1}: accepted {2}")
	@CsvSource(textBlock = """
			# exactly 3 months after the 12 months, and one day more
			2025-09-30, 2026-12-31, true
			2025-09-30, 2027-01-01, false
			2025-03-15, 2026-06-15, true
			2025-03-15, 2026-06-16, false
			# 30 Nov + 12 months + 3 months ends in February (leap year 2028)
			2026-11-30, 2028-02-29, true
			2026-11-30, 2028-03-01, false
			2025-11-30, 2027-02-28, true
			2025-11-30, 2027-03-01, false
			""")
	void aBridgeLetterLongerThanThreeMonthsIsRefusedAtItsField(LocalDate periodEnd, LocalDate bridgeUntil,
			boolean accepted) {
		CertificationDetails details = CertificationDetails.soc2Type2("A-LIGN", periodEnd.minusMonths(12).plusDays(1),
				periodEnd, periodEnd.plusDays(20), bridgeUntil);
		List<CertificationViolation> violations = CertificationRules.check(details, periodEnd.plusMonths(20));
		if (accepted) {
			assertThat(violations).isEmpty();
			assertThat(CertificationValidity.schedule(details).validUntil()).isEqualTo(bridgeUntil);
		}
		else {
			assertThat(violations).extracting(CertificationViolation::field, CertificationViolation::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("bridgeLetterUntil",
						"certification.rule.bridgeTooLong"));
		}
	}

	@Test
	void hitrustR2CountsTwoYearsOnlyWithItsInterimAssessmentSubmittedInTheWindow() {
		LocalDate issued = LocalDate.of(2025, 6, 1);
		LocalDate anniversary = LocalDate.of(2026, 6, 1);
		CertificationDetails r2 = CertificationDetails.of(HITRUST_R2, "HITRUST", issued);

		CertificationValidity.Schedule pending = CertificationValidity.schedule(r2);
		assertThat(pending.validUntil()).isEqualTo(anniversary);
		assertThat(pending.interimDueOn()).isEqualTo(anniversary);
		assertThat(pending.ruleKey()).isEqualTo("certification.rule.HITRUST_R2.interimPending");
		assertThat(pending.stateOn(anniversary.minusDays(91))).isEqualTo(CertificationState.VALID);
		assertThat(pending.stateOn(anniversary.minusDays(90))).isEqualTo(CertificationState.INTERIM_DUE);
		assertThat(pending.stateOn(anniversary)).isEqualTo(CertificationState.INTERIM_DUE);
		assertThat(pending.stateOn(anniversary.plusDays(1))).isEqualTo(CertificationState.EXPIRED);

		CertificationValidity.Schedule inTime = CertificationValidity
			.schedule(r2.withInterimSubmittedOn(anniversary));
		assertThat(inTime.validUntil()).isEqualTo(LocalDate.of(2027, 6, 1));
		assertThat(inTime.interimDueOn()).isNull();
		assertThat(inTime.ruleKey()).isEqualTo("certification.rule.HITRUST_R2");
		assertThat(inTime.stateOn(anniversary.plusDays(1))).isEqualTo(CertificationState.VALID);

		CertificationValidity.Schedule late = CertificationValidity
			.schedule(r2.withInterimSubmittedOn(anniversary.plusDays(1)));
		assertThat(late.validUntil()).isEqualTo(anniversary);
		assertThat(late.ruleKey()).isEqualTo("certification.rule.HITRUST_R2.interimLate");
		assertThat(late.stateOn(anniversary.plusDays(1))).isEqualTo(CertificationState.EXPIRED);
	}

	@Test
	void anInterimAssessmentBeforeItsWindowOpensIsRefused() {
		CertificationDetails r2 = CertificationDetails.of(HITRUST_R2, "HITRUST", LocalDate.of(2025, 6, 1));
		assertThat(CertificationRules.check(r2.withInterimSubmittedOn(LocalDate.of(2026, 3, 2)), FAR))
			.extracting(CertificationViolation::messageKey)
			.containsExactly("certification.rule.interimBeforeWindow");
		assertThat(CertificationRules.check(r2.withInterimSubmittedOn(LocalDate.of(2026, 3, 3)), FAR)).isEmpty();
	}

	@Test
	void isoShowsItsSurveillanceAuditsDueInYearsOneAndTwo() {
		CertificationDetails iso = CertificationDetails.of(ISO42001, "BSI", LocalDate.of(2025, 1, 15));
		CertificationValidity.Schedule none = CertificationValidity.schedule(iso);
		assertThat(none.surveillanceDueOn()).isEqualTo(LocalDate.of(2026, 1, 15));
		assertThat(none.stateOn(LocalDate.of(2025, 10, 16))).isEqualTo(CertificationState.VALID);
		assertThat(none.stateOn(LocalDate.of(2025, 10, 17))).isEqualTo(CertificationState.SURVEILLANCE_DUE);
		assertThat(none.stateOn(LocalDate.of(2026, 3, 1))).isEqualTo(CertificationState.SURVEILLANCE_DUE);

		CertificationValidity.Schedule year1 = CertificationValidity
			.schedule(iso.withSurveillance(LocalDate.of(2026, 1, 10), null));
		assertThat(year1.surveillanceDueOn()).isEqualTo(LocalDate.of(2027, 1, 15));
		assertThat(year1.stateOn(LocalDate.of(2026, 3, 1))).isEqualTo(CertificationState.VALID);

		CertificationValidity.Schedule both = CertificationValidity
			.schedule(iso.withSurveillance(LocalDate.of(2026, 1, 10), LocalDate.of(2027, 1, 5)));
		assertThat(both.surveillanceDueOn()).isNull();
		assertThat(both.validUntil()).isEqualTo(LocalDate.of(2028, 1, 15));
		assertThat(both.stateOn(LocalDate.of(2027, 10, 17))).isEqualTo(CertificationState.VALID);
		assertThat(both.stateOn(LocalDate.of(2027, 10, 18))).isEqualTo(CertificationState.EXPIRING);
	}

	@Test
	void anExplicitExpiryIsTheRuleForOtherAndOnlyShortensTheOthers() {
		CertificationDetails other = CertificationDetails.of(OTHER, "CSA STAR", LocalDate.of(2025, 5, 1))
			.withExplicitExpiry(LocalDate.of(2027, 4, 30));
		assertThat(CertificationValidity.schedule(other).validUntil()).isEqualTo(LocalDate.of(2027, 4, 30));
		assertThat(CertificationValidity.schedule(other).ruleKey()).isEqualTo("certification.rule.OTHER");
		assertThat(CertificationRules.check(other.withExplicitExpiry(null), FAR))
			.extracting(CertificationViolation::field)
			.containsExactly("explicitExpiry");

		CertificationDetails pen = CertificationDetails.of(PEN_TEST, "NCC", LocalDate.of(2026, 2, 1));
		CertificationValidity.Schedule shortened = CertificationValidity
			.schedule(pen.withExplicitExpiry(LocalDate.of(2026, 12, 31)));
		assertThat(shortened.validUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(shortened.ruleKey()).isEqualTo("certification.rule.shortened");
		assertThat(CertificationRules.check(pen.withExplicitExpiry(LocalDate.of(2027, 2, 1)), FAR)).isEmpty();
		assertThat(CertificationRules.check(pen.withExplicitExpiry(LocalDate.of(2027, 2, 2)), FAR))
			.extracting(CertificationViolation::field, CertificationViolation::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("explicitExpiry", "certification.rule.expiryExtends"));
		// never extends, even if a longer one got stored
		assertThat(CertificationValidity.schedule(pen.withExplicitExpiry(LocalDate.of(2028, 1, 1))).validUntil())
			.isEqualTo(LocalDate.of(2027, 2, 1));
	}

	@Test
	void soc2Type2PeriodMustBeThreeToTwelveMonthsAndEndBeforeTheReport() {
		LocalDate start = LocalDate.of(2025, 1, 1);
		assertThat(CertificationRules.check(
				CertificationDetails.soc2Type2("X", start, LocalDate.of(2025, 3, 31), LocalDate.of(2025, 5, 1), null),
				FAR)).isEmpty();
		assertThat(CertificationRules.check(
				CertificationDetails.soc2Type2("X", start, LocalDate.of(2025, 3, 30), LocalDate.of(2025, 5, 1), null),
				FAR)).extracting(CertificationViolation::messageKey).containsExactly("certification.rule.periodLength");
		assertThat(CertificationRules.check(
				CertificationDetails.soc2Type2("X", start, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), null),
				FAR)).extracting(CertificationViolation::messageKey).containsExactly("certification.rule.periodLength");
		assertThat(CertificationRules.check(
				CertificationDetails.soc2Type2("X", start, LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 1), null),
				FAR)).extracting(CertificationViolation::messageKey)
			.containsExactly("certification.rule.reportBeforePeriodEnd");
	}

	@Test
	void theStateChangesOnlyOnTheScheduledDays() {
		CertificationValidity.Schedule schedule = CertificationValidity
			.schedule(CertificationDetails.of(HITRUST_R2, "HITRUST", LocalDate.of(2025, 6, 1)));
		assertThat(schedule.changesOn()).containsExactly(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 6, 2));
		CertificationState previous = schedule.stateOn(LocalDate.of(2025, 6, 1));
		for (LocalDate day = LocalDate.of(2025, 6, 2); day.isBefore(LocalDate.of(2028, 1, 1)); day = day.plusDays(1)) {
			CertificationState state = schedule.stateOn(day);
			assertThat(state != previous).as(day.toString()).isEqualTo(schedule.changesOn().contains(day));
			previous = state;
		}
	}

	private static CertificationDetails certification(CertificationType type, LocalDate reportDate) {
		return CertificationDetails.of(type, "Auditor", reportDate);
	}

}
