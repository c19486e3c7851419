package health.covenant.identity.web;

import java.time.Clock;
import java.time.Instant;

import health.covenant.identity.ManagedUser;
import health.covenant.identity.Role;
import health.covenant.identity.UserAdministrationException;
import health.covenant.identity.UserNames;
import health.covenant.identity.UserService;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.web.Flash;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/users}: the administrator adds people, sets their roles, resets and unlocks. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

	private static final String FORM = "identity/user-form";

	private final UserService users;

	private final Clock clock;

	UserAdminController(UserService users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.users.managedUsers());
		model.addAttribute("now", Instant.now(this.clock));
		return "identity/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("userForm", new UserForm());
		return FORM;
	}

	@PostMapping
	String create(@Validated({ UserForm.Create.class, jakarta.validation.groups.Default.class }) UserForm userForm,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.users.register(userForm.getEmail(), userForm.getDisplayName(), userForm.getPassword(),
					userForm.getRoles());
		}
		catch (UserAdministrationException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return FORM;
		}
		Flash.success(redirect, "users.created", UserNames.normalise(userForm.getEmail()));
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		ManagedUser user = this.users.managedUser(id);
		model.addAttribute("managedUser", user);
		model.addAttribute("userForm", UserForm.of(user));
		model.addAttribute("passwordForm", new PasswordForm());
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Validated UserForm userForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ManagedUser user = this.users.managedUser(id);
		if (!result.hasErrors()) {
			try {
				this.users.update(id, userForm.getVersion(), userForm.getDisplayName(), userForm.getRoles(),
						userForm.isEnabled());
				Flash.success(redirect, "users.updated", user.email());
				return "redirect:/admin/users";
			}
			catch (UserAdministrationException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
			catch (ConcurrentEditException ex) {
				result.reject("form.conflict");
			}
		}
		userForm.setEmail(user.email());
		model.addAttribute("managedUser", user);
		model.addAttribute("passwordForm", new PasswordForm());
		return FORM;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Validated PasswordForm passwordForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ManagedUser user = this.users.managedUser(id);
		if (result.hasErrors()) {
			model.addAttribute("managedUser", user);
			model.addAttribute("userForm", UserForm.of(user));
			return FORM;
		}
		try {
			this.users.resetPassword(id, passwordForm.getPassword());
		}
		catch (UserAdministrationException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			model.addAttribute("managedUser", user);
			model.addAttribute("userForm", UserForm.of(user));
			return FORM;
		}
		Flash.success(redirect, "users.passwordReset", user.email());
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		ManagedUser user = this.users.managedUser(id);
		this.users.unlock(id);
		Flash.success(redirect, "users.unlocked", user.email());
		return "redirect:/admin/users";
	}

}
