package health.covenant.certifications.audits;

import java.time.LocalDate;

import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorSummary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The next-audit-due rule as a table: cadence by PHI access or override, month ends and leap days, a
 * PHI vendor never audited (onboarding plus grace), no PHI and never audited, vendors not in service.
 */
class AuditScheduleRulesTest {

	private static final AuditCadencePolicy POLICY = AuditCadencePolicy.defaults();

	@ParameterizedTest(name = "{0}: {1} {2}, last audit {3}, override {4}, in service since {5} -> {6} months ({7}), due {8} ({9})")
	@CsvSource(nullValues = "-", textBlock = """
			# case                                  | status      | phi              | last audit | override | in service | months | source     | due        | basis
			PHI vendor 12 months                    , ACTIVE      , PHI              , 2026-01-15 , -        , 2024-01-01 , 12     , PHI_ACCESS , 2027-01-15 , LAST_AUDIT
			limited data set 24 months              , ACTIVE      , LIMITED_DATA_SET , 2026-01-15 , -        , 2024-01-01 , 24     , PHI_ACCESS , 2028-01-15 , LAST_AUDIT
			de-identified 36 months                 , ACTIVE      , DE_IDENTIFIED    , 2026-01-15 , -        , 2024-01-01 , 36     , PHI_ACCESS , 2029-01-15 , LAST_AUDIT
			no PHI audited once 36 months           , ONBOARDING  , NONE             , 2026-01-15 , -        , 2024-01-01 , 36     , PHI_ACCESS , 2029-01-15 , LAST_AUDIT
			override shortens                       , ACTIVE      , PHI              , 2026-01-15 , 6        , 2024-01-01 , 6      , OVERRIDE   , 2026-07-15 , LAST_AUDIT
			override lengthens                      , ACTIVE      , NONE             , 2026-01-15 , 48       , 2024-01-01 , 48     , OVERRIDE   , 2030-01-15 , LAST_AUDIT
			month end into February                 , ACTIVE      , PHI              , 2026-01-31 , 1        , 2024-01-01 , 1      , OVERRIDE   , 2026-02-28 , LAST_AUDIT
			month end into a leap February          , ACTIVE      , PHI              , 2027-01-31 , 13       , 2024-01-01 , 13     , OVERRIDE   , 2028-02-29 , LAST_AUDIT
			31st into a 30-day month                , ACTIVE      , PHI              , 2026-03-31 , 6        , 2024-01-01 , 6      , OVERRIDE   , 2026-09-30 , LAST_AUDIT
			leap day plus 12 months                 , ACTIVE      , PHI              , 2028-02-29 , -        , 2024-01-01 , 12     , PHI_ACCESS , 2029-02-28 , LAST_AUDIT
			leap day plus 48 months                 , ACTIVE      , PHI              , 2024-02-29 , 48       , 2020-01-01 , 48     , OVERRIDE   , 2028-02-29 , LAST_AUDIT
			year end                                , ACTIVE      , PHI              , 2026-12-31 , -        , 2024-01-01 , 12     , PHI_ACCESS , 2027-12-31 , LAST_AUDIT
			PHI never audited: grace 90 days        , ACTIVE      , PHI              , -          , -        , 2026-11-28 , 12     , PHI_ACCESS , 2027-02-26 , ONBOARDING_GRACE
			onboarding PHI never audited            , ONBOARDING  , PHI              , -          , -        , 2026-12-01 , 12     , PHI_ACCESS , 2027-03-01 , ONBOARDING_GRACE
			grace across a leap February            , ACTIVE      , LIMITED_DATA_SET , -          , -        , 2027-12-31 , 24     , PHI_ACCESS , 2028-03-30 , ONBOARDING_GRACE
			override kept when never audited        , ACTIVE      , PHI              , -          , 6        , 2026-11-28 , 6      , OVERRIDE   , 2027-02-26 , ONBOARDING_GRACE
			no PHI never audited                    , ACTIVE      , NONE             , -          , -        , 2026-01-01 , 36     , PHI_ACCESS , -          , NOT_REQUIRED
			de-identified never audited             , ACTIVE      , DE_IDENTIFIED    , -          , -        , 2026-01-01 , 36     , PHI_ACCESS , -          , NOT_REQUIRED
			prospect                                , PROSPECT    , PHI              , 2026-01-15 , -        , -          , 12     , PHI_ACCESS , -          , NOT_IN_SERVICE
			offboarding with an audit               , OFFBOARDING , PHI              , 2026-01-15 , -        , 2024-01-01 , 12     , PHI_ACCESS , -          , NOT_IN_SERVICE
			terminated never audited                , TERMINATED  , PHI              , -          , 6        , 2024-01-01 , 6      , OVERRIDE   , -          , NOT_IN_SERVICE
			""", delimiter = ',')
	void nextAuditDue(String name, LifecycleStatus status, PhiAccess phi, LocalDate lastAudit, Integer override,
			LocalDate inServiceSince, int months, CadenceSource source, LocalDate due, DueBasis basis) {
		VendorSummary vendor = new VendorSummary(1, "Acme", status, phi, null);
		AuditScheduleRules.LastAudit last = lastAudit == null ? null
				: new AuditScheduleRules.LastAudit(9, lastAudit, AuditResult.PASSED);
		AuditScheduleRules.Schedule schedule = AuditScheduleRules.evaluate(vendor, last, override, inServiceSince,
				POLICY);
		assertThat(schedule).isEqualTo(new AuditScheduleRules.Schedule(months, source, due, basis));
		assertThat(basis.hasDueDate()).isEqualTo(due != null);
	}

}
