package health.covenant.identity.web;

import java.util.EnumSet;
import java.util.Set;

import health.covenant.identity.ManagedUser;
import health.covenant.identity.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The administrator's user form. On creation the e-mail and an initial password are required; on
 * edit they are not shown (the e-mail is the sign-in name and stays; passwords are reset apart).
 */
public class UserForm {

	@NotBlank(groups = Create.class)
	@Email(groups = Create.class)
	@Size(max = 254, groups = Create.class)
	private String email;

	@NotBlank
	@Size(max = 120)
	private String displayName;

	@NotEmpty
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean enabled = true;

	@NotBlank(groups = Create.class)
	@Size(min = 12, max = 200, groups = Create.class)
	private String password;

	private long version;

	interface Create {

	}

	static UserForm of(ManagedUser user) {
		UserForm form = new UserForm();
		form.email = user.email();
		form.displayName = user.displayName();
		form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
		form.enabled = user.enabled();
		form.version = user.version();
		return form;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
