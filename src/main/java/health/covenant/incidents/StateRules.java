package health.covenant.incidents;

import java.util.List;

import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.agreements.BreachNoticeWindow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The state rules seeded in {@code breach_state_rule} (a few dozen rows at most, read whole). */
@Component
class StateRules {

	private final JdbcClient jdbc;

	StateRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StateBreachRule> all() {
		return this.jdbc.sql("""
				select state_code, window_value, window_unit, min_residents, citation, scope, needs_legal_review
				from breach_state_rule order by state_code, id""")
			.query((rs, n) -> new StateBreachRule(rs.getString("state_code").strip(),
					new BreachNoticeWindow(rs.getInt("window_value"), BreachNoticeUnit.valueOf(rs.getString("window_unit"))),
					rs.getInt("min_residents"), rs.getString("citation"), rs.getString("scope"),
					rs.getBoolean("needs_legal_review")))
			.list();
	}

}
