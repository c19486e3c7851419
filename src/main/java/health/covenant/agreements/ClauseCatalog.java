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
	 * The rule of "missing required clauses", the only place it is written: how many required clauses
	 * the findings of one agreement leave unfulfilled ({@link ClauseDefinition#satisfiedBy}; a clause
	 * without a finding counts as missing). Only a BAA carries the checklist: 0 for any other kind. The
	 * result is stored on the agreement whenever its findings or its kind change, and the list filter,
	 * the list rows and the compliance gaps read the stored count.
	 * @param findings the agreement's findings by clause code
	 */
	int missingRequired(AgreementKind kind, Map<String, AgreementClause> findings) {
		if (!kind.isBaa()) {
			return 0;
		}
		return (int) required().stream().filter((clause) -> {
			AgreementClause finding = findings.get(clause.code());
			return finding == null || !clause.satisfiedBy(finding.getStatus(), finding.getNote());
		}).count();
	}

	/** The codes of the required clauses a checklist leaves unfulfilled (the same rule, clause by clause). */
	static List<String> missingRequired(List<ClauseLine> checklist) {
		return checklist.stream().filter(ClauseLine::gap).map((line) -> line.clause().code()).toList();
	}

}
