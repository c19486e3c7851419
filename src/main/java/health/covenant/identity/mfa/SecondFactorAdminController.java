package health.covenant.identity.mfa;

import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.shared.NotFoundException;
import health.covenant.shared.web.Flash;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users/{id}/second-factor}: the administrator removes a user's authenticator app,
 * recovery codes and sessions (lost phone), after a confirmation page.
 */
@Controller
@RequestMapping("/admin/users/{id}/second-factor")
@PreAuthorize("hasRole('ADMIN')")
class SecondFactorAdminController {

	private final SecondFactorService secondFactors;

	private final UserService users;

	private final PasskeyService passkeys;

	SecondFactorAdminController(SecondFactorService secondFactors, UserService users, PasskeyService passkeys) {
		this.secondFactors = secondFactors;
		this.passkeys = passkeys;
		this.users = users;
	}

	@GetMapping
	String confirmReset(@PathVariable long id, Model model) {
		UserSummary user = user(id);
		model.addAttribute("user", user);
		model.addAttribute("status", this.secondFactors.status(user.email()));
		model.addAttribute("passkeys", this.passkeys.count(user.email()));
		return "identity/second-factor-reset";
	}

	@PostMapping("/reset")
	String reset(@PathVariable long id, RedirectAttributes redirect) {
		UserSummary user = user(id);
		this.secondFactors.reset(id);
		Flash.success(redirect, "mfa.reset.done", user.email());
		return "redirect:/admin/users";
	}

	private UserSummary user(long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
	}

}
