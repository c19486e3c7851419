package health.covenant;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import health.covenant.identity.Role;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Escalations, missed deadlines and obligations without an owner go to every enabled holder of a role, and
 * reminders to every owner; the shared test database holds the accounts (and agreements) of every test that
 * ran before. A test that steps the reminder engine through many days disables those accounts for its
 * duration, so that its run time and e-mails do not grow with the rest of the suite: it creates its own
 * owners and role holders and asserts on them alone. The five fixed {@code <role>@covenant.test} accounts
 * that MockMvc requests sign in as stay enabled.
 */
public final class OtherTestsAccounts {

	private final JdbcClient jdbc;

	private List<Long> parked = List.of();

	public OtherTestsAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Disables every enabled account but the fixed ones; accounts created afterwards are not touched. */
	public void disable() {
		List<String> fixed = Arrays.stream(Role.values())
			.map((role) -> role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "@covenant.test")
			.toList();
		this.parked = this.jdbc
			.sql("UPDATE app_user SET enabled = false WHERE enabled AND lower(email) NOT IN (:fixed) RETURNING id")
			.param("fixed", fixed)
			.query(Long.class)
			.list();
	}

	/** Enables again exactly the accounts {@link #disable()} disabled. */
	public void restore() {
		if (!this.parked.isEmpty()) {
			this.jdbc.sql("UPDATE app_user SET enabled = true WHERE id IN (:ids)").param("ids", this.parked).update();
			this.parked = List.of();
		}
	}

}
