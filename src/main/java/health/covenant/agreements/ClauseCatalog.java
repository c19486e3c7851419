package health.covenant.agreements;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The clause reference list (data, seeded by migration), read once: it changes only with a migration. */
@Component
class ClauseCatalog {

	private final JdbcClient jdbc;

	private volatile List<ClauseDefinition> clauses;

	ClauseCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ClauseDefinition> all() {
		List<ClauseDefinition> loaded = this.clauses;
		if (loaded == null) {
			loaded = this.jdbc
				.sql("SELECT code, category, title, citation, required, position, may_not_apply FROM clause_definition ORDER BY position, id")
				.query((rs, row) -> new ClauseDefinition(rs.getString("code"), rs.getString("category"),
						rs.getString("title"), rs.getString("citation"), rs.getBoolean("required"), rs.getInt("position"),
						rs.getBoolean("may_not_apply")))
				.list();
			this.clauses = loaded;
		}
		return loaded;
	}

	Optional<ClauseDefinition> find(String code) {
		return all().stream().filter((clause) -> clause.code().equals(code)).findFirst();
	}

	List<ClauseDefinition> required() {
		return all().stream().filter(ClauseDefinition::required).toList();
	}

	/**
	 * How many required clauses these findings of one BAA leave unfulfilled
	 * ({@link ClauseDefinition#satisfiedBy}; a clause without a finding counts as missing).
	 * @param findings the BAA's findings by clause code
	 */
	int missingRequired(Map<String, AgreementClause> findings) {
		return (int) required().stream().filter((clause) -> {
			AgreementClause finding = findings.get(clause.code());
			return finding == null || !clause.satisfiedBy(finding.getStatus(), finding.getNote());
		}).count();
	}

	/**
	 * The same rule as {@link #missingRequired} as an SQL condition on an agreement aliased {@code a}
	 * (the list's "missing clauses" filter): a BAA with a required clause that no finding fulfils.
	 */
	static final String MISSING_REQUIRED_SQL = """
			a.kind IN ('BAA', 'SUBCONTRACTOR_BAA') AND EXISTS (
			   SELECT 1 FROM clause_definition d WHERE d.required AND NOT EXISTS (
			     SELECT 1 FROM agreement_clause c WHERE c.agreement_id = a.id AND c.clause_code = d.code
			       AND (c.status = 'PRESENT'
			         OR (c.status = 'NOT_APPLICABLE' AND d.may_not_apply AND btrim(c.note) <> ''))))""";

}
