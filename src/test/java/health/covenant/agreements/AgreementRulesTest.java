package health.covenant.agreements;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	/** A valid executed BAA; tests change one thing. */
	static AgreementDetails executed() {
		return new AgreementDetails(AgreementKind.BAA, AgreementStatus.EXECUTED, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), true, 12, 30, 10, BreachNoticeUnit.BUSINESS_DAYS, LocalDate.of(2025, 12, 20),
				"Jane Doe", null, null);
	}

	static AgreementDetails breach(Integer value, BreachNoticeUnit unit) {
		AgreementDetails d = executed();
		return new AgreementDetails(d.kind(), d.status(), d.effectiveDate(), d.expirationDate(), d.autoRenews(),
				d.renewalTermMonths(), d.noticePeriodDays(), value, unit, d.signedDate(), d.counterpartySignatory(),
				d.ownerId(), d.notes());
	}

	static List<String> fields(List<RuleViolation> violations) {
		return violations.stream().map(RuleViolation::field).toList();
	}

	@Test
	void aCompleteExecutedAgreementPasses() {
		assertThat(AgreementRules.check(null, executed(), TODAY)).isEmpty();
	}

	@ParameterizedTest(name = "{0} {1}: rejected {2}")
	@CsvSource(textBlock = """
			60,   CALENDAR_DAYS, false
			61,   CALENDAR_DAYS, true
			1440, HOURS,         false
			1441, HOURS,         true
			38,   BUSINESS_DAYS, false
			39,   BUSINESS_DAYS, true
			42,   BUSINESS_DAYS, true
			0,    HOURS,         false
			""")
	void breachNoticeWindowLongerThan60CalendarDaysIsRejectedCiting164410(int value, BreachNoticeUnit unit,
			boolean rejected) {
		List<RuleViolation> violations = AgreementRules.check(null, breach(value, unit), TODAY);
		if (rejected) {
			assertThat(violations).singleElement().satisfies((v) -> {
				assertThat(v.field()).isEqualTo("breachNoticeValue");
				assertThat(v.messageKey()).isEqualTo("agreement.rule.breachWindowTooLong");
				assertThat(v.args()).containsExactly(new BreachNoticeWindow(value, unit).maxCalendarDays(), 60);
			});
		}
		else {
			assertThat(violations).isEmpty();
		}
	}

	@Test
	void breachWindowNeedsBothValueAndUnitOrNeither() {
		assertThat(AgreementRules.check(null, breach(null, null), TODAY)).isEmpty();
		assertThat(fields(AgreementRules.check(null, breach(10, null), TODAY))).containsExactly("breachNoticeUnit");
		assertThat(fields(AgreementRules.check(null, breach(null, BreachNoticeUnit.HOURS), TODAY)))
			.containsExactly("breachNoticeValue");
	}

	@ParameterizedTest
	@EnumSource(value = AgreementStatus.class, names = { "EXECUTED", "EXPIRED", "TERMINATED", "SUPERSEDED" })
	void executedNeedsSignedAndEffectiveDates(AgreementStatus status) {
		AgreementDetails d = executed();
		AgreementDetails undated = new AgreementDetails(d.kind(), status, null, null, false, null, null, null, null,
				null, null, null, null);
		assertThat(fields(AgreementRules.check(AgreementStatus.EXECUTED, undated, TODAY)))
			.contains("signedDate", "effectiveDate");
	}

	@Test
	void aDraftNeedsNoDates() {
		AgreementDetails draft = new AgreementDetails(AgreementKind.MSA, AgreementStatus.DRAFT, null, null, false, null,
				null, null, null, null, null, null, null);
		assertThat(AgreementRules.check(null, draft, TODAY)).isEmpty();
	}

	@Test
	void expirationBeforeEffectiveIsRejected() {
		AgreementDetails d = executed();
		AgreementDetails backwards = new AgreementDetails(d.kind(), d.status(), LocalDate.of(2026, 6, 1),
				LocalDate.of(2026, 5, 31), false, null, 30, null, null, d.signedDate(), null, null, null);
		assertThat(fields(AgreementRules.check(null, backwards, TODAY))).containsExactly("expirationDate");
		AgreementDetails sameDay = new AgreementDetails(d.kind(), d.status(), LocalDate.of(2026, 6, 1),
				LocalDate.of(2026, 6, 1), false, null, 30, null, null, d.signedDate(), null, null, null);
		assertThat(AgreementRules.check(null, sameDay, TODAY)).isEmpty();
	}

	@Test
	void autoRenewalNeedsAnExpirationAndATerm() {
		AgreementDetails d = executed();
		AgreementDetails evergreen = new AgreementDetails(d.kind(), d.status(), d.effectiveDate(), null, true, 12, 30,
				null, null, d.signedDate(), null, null, null);
		assertThat(fields(AgreementRules.check(null, evergreen, TODAY))).containsExactly("autoRenews");
		AgreementDetails noTerm = new AgreementDetails(d.kind(), d.status(), d.effectiveDate(), d.expirationDate(), true,
				0, 30, null, null, d.signedDate(), null, null, null);
		assertThat(fields(AgreementRules.check(null, noTerm, TODAY))).containsExactly("renewalTermMonths");
	}

	@Test
	void signedDateMayNotBeInTheFuture() {
		AgreementDetails d = executed();
		AgreementDetails future = new AgreementDetails(d.kind(), d.status(), d.effectiveDate(), d.expirationDate(),
				false, null, 30, null, null, TODAY.plusDays(1), null, null, null);
		assertThat(fields(AgreementRules.check(null, future, TODAY))).containsExactly("signedDate");
	}

	@ParameterizedTest(name = "{0} → {1}: allowed {2}")
	@CsvSource(textBlock = """
			DRAFT,          IN_NEGOTIATION, true
			DRAFT,          EXECUTED,       true
			DRAFT,          EXPIRED,        false
			DRAFT,          SUPERSEDED,     false
			IN_NEGOTIATION, EXECUTED,       true
			IN_NEGOTIATION, DRAFT,          true
			IN_NEGOTIATION, TERMINATED,     false
			EXECUTED,       EXPIRED,        true
			EXECUTED,       TERMINATED,     true
			EXECUTED,       SUPERSEDED,     true
			EXECUTED,       DRAFT,          false
			EXECUTED,       IN_NEGOTIATION, false
			EXPIRED,        SUPERSEDED,     true
			EXPIRED,        EXECUTED,       false
			TERMINATED,     EXECUTED,       false
			SUPERSEDED,     EXECUTED,       false
			EXECUTED,       EXECUTED,       true
			""")
	void onlyAllowedStatusMoves(AgreementStatus from, AgreementStatus to, boolean allowed) {
		assertThat(from.canMoveTo(to)).isEqualTo(allowed);
		AgreementDetails d = executed();
		AgreementDetails moved = new AgreementDetails(d.kind(), to, d.effectiveDate(), d.expirationDate(), d.autoRenews(),
				d.renewalTermMonths(), d.noticePeriodDays(), null, null, d.signedDate(), null, null, null);
		assertThat(fields(AgreementRules.check(from, moved, TODAY)).contains("status")).isEqualTo(!allowed);
	}

	@ParameterizedTest
	@EnumSource(value = AgreementStatus.class, names = { "EXPIRED", "TERMINATED", "SUPERSEDED" })
	void aNewAgreementCannotStartEnded(AgreementStatus status) {
		AgreementDetails d = executed();
		AgreementDetails ended = new AgreementDetails(d.kind(), status, d.effectiveDate(), d.expirationDate(), false,
				null, 30, null, null, d.signedDate(), null, null, null);
		assertThat(fields(AgreementRules.check(null, ended, TODAY))).containsExactly("status");
	}

}
