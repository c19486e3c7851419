package health.covenant.agreements;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClauseDefinitionTest {

	@ParameterizedTest(name = "{0} ({1}, may not apply {2}) {3} note \"{4}\" → fulfilled {5}, n/a offered {6}")
	@CsvSource(nullValues = "-", textBlock = """
			BAA-05,     true,  false, PRESENT,        -,                         true,  false
			BAA-05,     true,  false, NOT_APPLICABLE, We keep no ePHI,           false, false
			BAA-05,     true,  false, MISSING,        -,                         false, false
			BAA-05,     true,  false, -,              -,                         false, false
			BAA-08,     true,  false, NOT_APPLICABLE, No subcontractors,         false, false
			BAA-14,     true,  false, NOT_APPLICABLE, Returns nothing,           false, false
			BAA-09,     true,  true,  NOT_APPLICABLE, No designated record set,  true,  true
			BAA-09,     true,  true,  NOT_APPLICABLE, -,                         false, true
			BAA-09,     true,  true,  NOT_APPLICABLE, '   ',                     false, true
			BAA-10,     true,  true,  NOT_APPLICABLE, No designated record set,  true,  true
			BAA-12,     true,  true,  NOT_APPLICABLE, None of our Privacy Rule duties, true, true
			BAA-12,     true,  true,  MISSING,        No designated record set,  false, true
			BAA-12,     true,  true,  PRESENT,        -,                         true,  true
			BAA-02,     false, false, NOT_APPLICABLE, -,                         true,  true
			REC-AUDIT,  false, false, NOT_APPLICABLE, -,                         true,  true
			REC-AUDIT,  false, false, MISSING,        -,                         false, true
			""")
	void onlyClausesThatCanTrulyNotApplyMayBeNotApplicableAndOnlyWithANote(String code, boolean required,
			boolean mayNotApply, ClauseStatus status, String note, boolean fulfilled, boolean notApplicableOffered) {
		ClauseDefinition clause = new ClauseDefinition(code, required ? "BAA" : "RECOMMENDED", "title", "cite",
				required, 1, mayNotApply);
		assertThat(clause.satisfiedBy(status, note)).isEqualTo(fulfilled);
		ClauseLine line = new ClauseLine(clause, status, note, null, null, null);
		assertThat(line.gap()).isEqualTo(required && !fulfilled);
		assertThat(line.choices().contains(ClauseStatus.NOT_APPLICABLE)).isEqualTo(notApplicableOffered);
		assertThat(line.notApplicableRefused()).isEqualTo(status == ClauseStatus.NOT_APPLICABLE && !notApplicableOffered);
	}

}
