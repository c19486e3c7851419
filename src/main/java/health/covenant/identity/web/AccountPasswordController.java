package health.covenant.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import health.covenant.identity.UserAdministrationException;
import health.covenant.identity.UserService;
import health.covenant.shared.web.Flash;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /account/password}: the signed-in user changes their own password. */
@Controller
@RequestMapping("/account/password")
@PreAuthorize("isAuthenticated()")
class AccountPasswordController {

	private static final String PAGE = "identity/account-password";

	private final UserService users;

	AccountPasswordController(UserService users) {
		this.users = users;
	}

	@GetMapping
	String show(OwnPasswordForm ownPasswordForm) {
		return PAGE;
	}

	@PostMapping
	String change(@Validated OwnPasswordForm ownPasswordForm, BindingResult result, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (ownPasswordForm.getNewPassword() != null
				&& !ownPasswordForm.getNewPassword().equals(ownPasswordForm.getConfirmation())
				&& !result.hasFieldErrors("confirmation")) {
			result.rejectValue("confirmation", "account.password.mismatch");
		}
		if (result.hasErrors()) {
			return PAGE;
		}
		try {
			this.users.changeOwnPassword(ownPasswordForm.getCurrentPassword(), ownPasswordForm.getNewPassword(),
					request.getSession().getId());
		}
		catch (UserAdministrationException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return PAGE;
		}
		Flash.success(redirect, "account.password.changed");
		return "redirect:/account/password";
	}

}
