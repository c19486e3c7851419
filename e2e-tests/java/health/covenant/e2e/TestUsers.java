package health.covenant.e2e;

import java.util.EnumSet;
import java.util.UUID;

import health.covenant.TestClock;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.shared.SystemActor;

/** Users created for one test: unique e-mail, the given roles, {@link #PASSWORD}. */
public final class TestUsers {

	public static final String PASSWORD = "correct horse battery";

	private TestUsers() {
	}

	/** Creates an enabled user with these roles (as the system actor); returns the e-mail. */
	public static String create(UserService users, Role... roles) {
		String email = "e2e-" + roles[0].name().toLowerCase().replace('_', '-') + "-"
				+ UUID.randomUUID().toString().substring(0, 8) + "@covenant.test";
		SystemActor.runAs(() -> users.createUser(email, "E2E " + roles[0].name().toLowerCase().replace('_', ' '),
				PASSWORD, EnumSet.of(roles[0], roles), TestClock.ZONE));
		return email;
	}

}
