package health.covenant.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user's own new password: the current one, the new one and its confirmation. */
public class OwnPasswordForm {

	@NotBlank
	@Size(max = 200)
	private String currentPassword;

	@NotBlank
	@Size(min = 12, max = 200)
	private String newPassword;

	@NotBlank
	private String confirmation;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
