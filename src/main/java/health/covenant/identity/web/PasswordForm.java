package health.covenant.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password set by the administrator. */
public class PasswordForm {

	@NotBlank
	@Size(min = 12, max = 200)
	private String password;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
