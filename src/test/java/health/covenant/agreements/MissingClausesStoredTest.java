package health.covenant.agreements;

import java.time.LocalDate;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static health.covenant.agreements.AgreementFixtures.executedBaa;
import static health.covenant.agreements.AgreementFixtures.vendorInService;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The count of missing required clauses stored on an agreement follows every kind of change and always
 * equals the clause catalogue's rule applied to the checklist; the list filter reads it.
 */
@IntegrationTest
@WithMockUser(username = "admin@covenant.test", roles = "ADMIN")
class MissingClausesStoredTest {

	@Autowired
	AgreementService agreements;

	@Autowired
	AgreementQueries queries;

	@Autowired
	AgreementSearch search;

	@Autowired
	VendorService vendors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Test
	void theStoredCountIsTheRuleAfterEachKindOfChange() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Counted", PhiAccess.PHI);
		long required = this.queries.clauseCatalog().stream().filter(ClauseDefinition::required).count();

		long baa = this.agreements.create(vendor, executedBaa(today.minusMonths(1), today.plusYears(1), false, 0));
		assertThat(stored(baa)).isEqualTo(required).isEqualTo(rule(baa));

		this.agreements.updateClause(baa, "BAA-01", ClauseStatus.PRESENT, null, "§ 1");
		assertThat(stored(baa)).isEqualTo(required - 1).isEqualTo(rule(baa));

		// may not apply: only with a note saying why
		this.agreements.updateClause(baa, "BAA-09", ClauseStatus.NOT_APPLICABLE, "No designated record set", null);
		assertThat(stored(baa)).isEqualTo(required - 2).isEqualTo(rule(baa));

		this.agreements.updateClause(baa, "BAA-01", ClauseStatus.MISSING, null, null);
		assertThat(stored(baa)).isEqualTo(required - 1).isEqualTo(rule(baa));

		// a recommended clause changes nothing
		String recommended = this.queries.clauseCatalog().stream().filter((c) -> !c.required()).findFirst()
			.orElseThrow().code();
		this.agreements.updateClause(baa, recommended, ClauseStatus.MISSING, null, null);
		assertThat(stored(baa)).isEqualTo(required - 1).isEqualTo(rule(baa));

		// a new version starts with the same findings, so with the same count
		long next = this.agreements.newVersion(baa);
		assertThat(stored(next)).isEqualTo(required - 1).isEqualTo(rule(next));

		// the kind changes: only a BAA carries the checklist
		AgreementDetails draft = this.queries.get(next).details();
		this.agreements.update(next, this.queries.get(next).version(), withKind(draft, AgreementKind.MSA));
		assertThat(stored(next)).isZero().isEqualTo(rule(next));
		this.agreements.update(next, this.queries.get(next).version(), withKind(draft, AgreementKind.SUBCONTRACTOR_BAA));
		assertThat(stored(next)).isEqualTo(required - 1).isEqualTo(rule(next));

		long msa = this.agreements.create(vendor, withKind(executedBaa(today, today.plusYears(1), false, 0),
				AgreementKind.MSA));
		assertThat(stored(msa)).isZero().isEqualTo(rule(msa));

		// every required clause present: nothing missing, and the list's filter leaves it out
		AgreementFixtures.tickAllRequired(this.agreements, this.queries, baa);
		this.agreements.updateClause(baa, "BAA-09", ClauseStatus.PRESENT, null, null);
		assertThat(stored(baa)).isZero().isEqualTo(rule(baa));
		assertThat(this.queries.forVendor(vendor)).filteredOn((row) -> row.id() == next)
			.singleElement()
			.satisfies((row) -> assertThat(row.missingRequired()).isEqualTo(required - 1));
		assertThat(this.search
			.search(new AgreementQuery(null, null, null, true, null, vendor, null), PageRequest.of(0, 25))
			.getContent()).extracting(AgreementRow::id).containsExactly(next);
	}

	private long stored(long id) {
		return this.jdbc.sql("SELECT missing_required_clauses FROM agreement WHERE id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	/** The rule, clause by clause, on the checklist as the agreement's page shows it. */
	private long rule(long id) {
		AgreementView view = this.queries.get(id);
		return view.kind().isBaa() ? ClauseCatalog.missingRequired(this.queries.checklist(id)).size() : 0;
	}

	private static AgreementDetails withKind(AgreementDetails d, AgreementKind kind) {
		return new AgreementDetails(kind, d.status(), d.effectiveDate(), d.expirationDate(), d.autoRenews(),
				d.renewalTermMonths(), d.noticePeriodDays(), d.breachNoticeValue(), d.breachNoticeUnit(), d.signedDate(),
				d.counterpartySignatory(), d.ownerId(), d.notes());
	}

}
