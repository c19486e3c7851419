package health.covenant.agreements;

import java.util.List;
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

}
