package health.covenant.identity;

import java.util.UUID;

import health.covenant.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static health.covenant.WebTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UserAdminControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	private static String uniqueEmail() {
		return "new-" + UUID.randomUUID() + "@covenant.test";
	}

	@Test
	void adminAddsAUserWhoCanThenBeFound() throws Exception {
		String email = uniqueEmail();
		this.mvc.perform(post("/admin/users").with(as(Role.ADMIN)).with(csrf())
			.param("email", email)
			.param("displayName", "Lee Counsel")
			.param("roles", "LEGAL")
			.param("password", "a long enough password"))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(this.users.findByEmail(email)).hasValueSatisfying((user) -> {
			assertThat(user.roles()).containsExactly(Role.LEGAL);
			assertThat(user.displayName()).isEqualTo("Lee Counsel");
		});
		this.mvc.perform(get("/admin/users").with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)));
	}

	@Test
	void aTakenEmailIsRefused() throws Exception {
		String email = uniqueEmail();
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(post("/admin/users").with(as(Role.ADMIN)).with(csrf())
				.param("email", i == 0 ? email : email.toUpperCase())
				.param("displayName", "Twin")
				.param("roles", "AUDITOR")
				.param("password", "a long enough password"));
		}
		this.mvc.perform(post("/admin/users").with(as(Role.ADMIN)).with(csrf())
			.param("email", email)
			.param("displayName", "Twin")
			.param("roles", "AUDITOR")
			.param("password", "a long enough password"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("already exists")));
	}

	@Test
	void aStaleEditIsRefusedWithAConflictMessage() throws Exception {
		String email = uniqueEmail();
		this.mvc.perform(post("/admin/users").with(as(Role.ADMIN)).with(csrf())
			.param("email", email)
			.param("displayName", "First")
			.param("roles", "AUDITOR")
			.param("password", "a long enough password"));
		long id = this.users.findByEmail(email).orElseThrow().id();
		long version = this.users.managedUser(id).version();
		this.mvc.perform(post("/admin/users/" + id).with(as(Role.ADMIN)).with(csrf())
			.param("displayName", "Second")
			.param("roles", "AUDITOR")
			.param("enabled", "true")
			.param("version", Long.toString(version)))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(post("/admin/users/" + id).with(as(Role.ADMIN)).with(csrf())
			.param("displayName", "Third")
			.param("roles", "AUDITOR")
			.param("enabled", "true")
			.param("version", Long.toString(version)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Someone else saved this record")));
		assertThat(this.users.managedUser(id).displayName()).isEqualTo("Second");
	}

	@Test
	void usersWithARoleAreListedByNameAndOnlyWhileEnabled() throws Exception {
		String email = uniqueEmail();
		this.mvc.perform(post("/admin/users").with(as(Role.ADMIN)).with(csrf())
			.param("email", email)
			.param("displayName", "Aardvark Counsel")
			.param("roles", "LEGAL")
			.param("password", "a long enough password"));
		assertThat(this.users.usersWithRole(Role.LEGAL)).extracting(UserSummary::email).contains(email);
		assertThat(this.users.usersWithRole(Role.AUDITOR)).extracting(UserSummary::email).doesNotContain(email);
		java.util.List<String> names = this.users.usersWithRole(Role.LEGAL).stream().map(UserSummary::displayName).toList();
		assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		long id = this.users.findByEmail(email).orElseThrow().id();
		this.mvc.perform(post("/admin/users/" + id).with(as(Role.ADMIN)).with(csrf())
			.param("displayName", "Aardvark Counsel")
			.param("roles", "LEGAL")
			.param("_enabled", "on")
			.param("version", Long.toString(this.users.managedUser(id).version())))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(this.users.usersWithRole(Role.LEGAL)).extracting(UserSummary::email).doesNotContain(email);
	}

	@Test
	void unknownUserIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/users/999999/edit").with(as(Role.ADMIN))).andExpect(status().isNotFound());
	}

}
