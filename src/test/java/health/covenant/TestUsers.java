package health.covenant;

import java.util.Set;

import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.shared.SystemActor;

/**
 * People for a test, each with a name of its own in the shared database ({@code <label>-<tag>@covenant.test},
 * "label tag"), created by the system as an administrator would; they sign in only through MockMvc.
 */
public final class TestUsers {

	private TestUsers() {
	}

	/** A new user with this role and a fresh tag. */
	public static UserSummary create(UserService users, String label, Role role) {
		return create(users, label, Long.toString(System.nanoTime(), 36), role);
	}

	/** A new user with this role, tagged like the rest of the test's data. */
	public static UserSummary create(UserService users, String label, String tag, Role role) {
		UserSummary[] created = new UserSummary[1];
		SystemActor.runAs(() -> created[0] = users.createUser(label + "-" + tag + "@covenant.test", label + " " + tag,
				"not-used-password-1", Set.of(role), TestClock.ZONE));
		return created[0];
	}

}
