package health.covenant.identity.web;

import health.covenant.WebSliceTest;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static health.covenant.WebTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** User administration is for administrators only; its form refuses what it must, without the database. */
@WebSliceTest(UserAdminController.class)
class UserAdminControllerSliceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "PROCUREMENT", "SECURITY_OFFICER", "LEGAL", "AUDITOR" })
	void onlyAdministratorsManageUsers(Role role) throws Exception {
		this.mvc.perform(get("/admin/users").with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users/new").with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users/{id}/edit", 3).with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users").with(as(role)).with(csrf())
			.param("email", "sneaky@covenant.test")
			.param("displayName", "Sneaky")
			.param("roles", "ADMIN")
			.param("password", "a long enough password"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users/{id}", 3).with(as(role)).with(csrf())
			.param("displayName", "Sneaky")
			.param("roles", "ADMIN")
			.param("version", "0")).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users/{id}/password", 3).with(as(role)).with(csrf())
			.param("password", "a long enough password")).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users/{id}/unlock", 3).with(as(role)).with(csrf()))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.users);
	}

	@Test
	void nobodySignedInIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/users")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void invalidInputIsShownNextToTheFieldsAndNothingIsSaved() throws Exception {
		this.mvc.perform(post("/admin/users").with(as(Role.ADMIN)).with(csrf())
			.param("email", "not-an-email")
			.param("displayName", "Typed name")
			.param("password", "short"))
			.andExpect(content().string(allOf(containsString("value=\"Typed name\""),
					containsString("Enter a valid e-mail address"), containsString("Choose at least one"),
					containsString("between 12 and 200"))));
		verify(this.users, never()).register(any(), any(), any(), any());
		verify(this.users, never()).update(anyLong(), anyLong(), any(), any(), anyBoolean());
	}

	@Test
	void theNewUserFormShowsEachFieldOnce() throws Exception {
		String page = this.mvc.perform(get("/admin/users/new").with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.split("name=\"email\"", -1)).hasSize(2);
		assertThat(page.split("name=\"password\"", -1)).hasSize(2);
		assertThat(page).contains("<label for=\"email\">E-mail</label>");
	}

	@Test
	void aValidNewUserIsRegisteredAndTheListShownAgain() throws Exception {
		this.mvc.perform(post("/admin/users").with(as(Role.ADMIN)).with(csrf())
			.param("email", "lee@covenant.test")
			.param("displayName", "Lee Counsel")
			.param("roles", "LEGAL")
			.param("password", "a long enough password"))
			.andExpect(redirectedUrl("/admin/users"));
		verify(this.users).register("lee@covenant.test", "Lee Counsel", "a long enough password",
				java.util.Set.of(Role.LEGAL));
	}

}
