package health.covenant.identity;

import java.util.EnumSet;

import health.covenant.shared.CovenantProperties;
import health.covenant.shared.SystemActor;
import health.covenant.shared.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outside demo mode, the first administrator comes from {@code COVENANT_ADMIN_EMAIL} and
 * {@code COVENANT_ADMIN_PASSWORD} when the database has no user yet.
 */
@Component
@Order(-10)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserService users;

	private final DemoMode demoMode;

	private final CovenantProperties properties;

	private final TransactionTemplate transactions;

	private final PasswordPolicy passwordPolicy;

	FirstAdministrator(UserService users, DemoMode demoMode, CovenantProperties properties,
			TransactionTemplate transactions, PasswordPolicy passwordPolicy) {
		this.users = users;
		this.demoMode = demoMode;
		this.properties = properties;
		this.transactions = transactions;
		this.passwordPolicy = passwordPolicy;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.demoMode.isEnabled() || this.users.count() > 0) {
			return;
		}
		String email = this.properties.admin().email();
		String password = this.properties.admin().password();
		if (email == null || email.isBlank() || password == null || password.isBlank()) {
			log.warn("No users exist. Set COVENANT_ADMIN_EMAIL and COVENANT_ADMIN_PASSWORD and restart "
					+ "to create the first administrator.");
			return;
		}
		if (this.passwordPolicy.problem(password, email).isPresent()) {
			throw new IllegalStateException("COVENANT_ADMIN_PASSWORD is refused: it needs at least "
					+ PasswordPolicy.MIN_LENGTH + " characters, must not be one of the most common passwords "
					+ "and must not contain the e-mail name");
		}
		SystemActor.runAs(() -> this.transactions.executeWithoutResult((status) -> this.users.createUser(email,
				"Administrator", password, EnumSet.of(Role.ADMIN), this.properties.timeZone())));
		log.info("Created the first administrator {}", UserNames.normalise(email));
	}

}
