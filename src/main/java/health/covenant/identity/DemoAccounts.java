package health.covenant.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import health.covenant.shared.CovenantProperties;
import health.covenant.shared.DemoDataLoader;
import health.covenant.shared.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In demo mode: one account per role plus an administrator holding every role, created once and
 * printed at start-up with the URL.
 */
@Component
class DemoAccounts implements DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	static final String PASSWORD = "covenant-demo";

	record Account(String email, String displayName, Set<Role> roles) {
	}

	static final List<Account> ACCOUNTS = List.of(
			new Account("admin@covenant.test", "Avery Admin", EnumSet.allOf(Role.class)),
			new Account("procurement@covenant.test", "Priya Procurement", EnumSet.of(Role.PROCUREMENT)),
			new Account("security@covenant.test", "Sam Security", EnumSet.of(Role.SECURITY_OFFICER)),
			new Account("legal@covenant.test", "Lee Legal", EnumSet.of(Role.LEGAL)),
			new Account("legal2@covenant.test", "Morgan Counsel", EnumSet.of(Role.LEGAL)),
			new Account("it-admin@covenant.test", "Ira Administrator", EnumSet.of(Role.ADMIN)),
			new Account("auditor@covenant.test", "Alex Auditor", EnumSet.of(Role.AUDITOR)));

	private final UserService users;

	private final DemoMode demoMode;

	private final CovenantProperties properties;

	private final Environment environment;

	DemoAccounts(UserService users, DemoMode demoMode, CovenantProperties properties, Environment environment) {
		this.users = users;
		this.demoMode = demoMode;
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public String name() {
		return "identity.accounts";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void load() {
		for (Account account : ACCOUNTS) {
			if (this.users.findByEmail(account.email()).isEmpty()) {
				this.users.createUser(account.email(), account.displayName(), PASSWORD, account.roles(),
						this.properties.timeZone());
			}
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void printAccounts() {
		if (!this.demoMode.isEnabled()) {
			return;
		}
		StringBuilder text = new StringBuilder();
		text.append("\n\n  Covenant is running (demo data) at http://localhost:")
			.append(this.environment.getProperty("local.server.port", "8080"))
			.append("\n  Demo accounts, password '")
			.append(PASSWORD)
			.append("':\n");
		for (Account account : ACCOUNTS) {
			text.append(String.format("    %-28s %s%n", account.email(), account.roles()));
		}
		log.info(text.toString());
	}

}
