package health.covenant.identity.mfa;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import health.covenant.shared.web.Flash;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of signing in ({@code /login/code}, {@code /login/enrol}) and the user's own
 * sign-in security page ({@code /account/security}): authenticator app, recovery codes and passkeys
 * (added in the browser through Spring Security's WebAuthn endpoints, see {@link PasskeySignIn}).
 */
@Controller
class SecondFactorController {

	/** Session attribute: the secret offered for enrolment, until it is confirmed (then only in the database). */
	static final String OFFER = SecondFactorController.class.getName() + ".offer";

	private static final String CODE_VIEW = "identity/second-factor-code";

	private static final String ENROL_VIEW = "identity/second-factor-enrol";

	private static final String RECOVERY_CODES_VIEW = "identity/recovery-codes";

	private final SecondFactorService secondFactors;

	private final SecondFactorSignIn signIn;

	private final PasskeyService passkeys;

	SecondFactorController(SecondFactorService secondFactors, SecondFactorSignIn signIn, PasskeyService passkeys) {
		this.secondFactors = secondFactors;
		this.passkeys = passkeys;
		this.signIn = signIn;
	}

	// ---- sign-in, after the password ---------------------------------------------------------

	@GetMapping(SecondFactorSignIn.CODE_PAGE)
	String codePrompt() {
		return CODE_VIEW;
	}

	@PostMapping(SecondFactorSignIn.CODE_PAGE)
	String checkCode(@RequestParam(defaultValue = "") String code, Authentication pending, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		if (!this.signIn.mayTry(pending)) {
			this.signIn.abandon(pending, request, response);
			return "redirect:/login?error";
		}
		if (this.secondFactors.verify(pending.getName(), code).accepted()) {
			this.signIn.complete(pending, request, response);
			this.signIn.continueToSavedRequest(request, response);
			return null;
		}
		this.signIn.reject(pending);
		if (!this.signIn.mayTry(pending)) {
			this.signIn.abandon(pending, request, response);
			return "redirect:/login?error";
		}
		model.addAttribute("codeError", true);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return CODE_VIEW;
	}

	@GetMapping(SecondFactorSignIn.ENROLMENT_PAGE)
	String requiredEnrolment(Authentication pending, HttpSession session, Model model) {
		return enrolmentPage(pending, session, model, SecondFactorSignIn.ENROLMENT_PAGE, false);
	}

	@PostMapping(SecondFactorSignIn.ENROLMENT_PAGE)
	String confirmRequiredEnrolment(@RequestParam(defaultValue = "") String code, Authentication pending,
			HttpSession session, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!this.signIn.mayTry(pending)) {
			this.signIn.abandon(pending, request, response);
			return "redirect:/login?error";
		}
		Optional<List<String>> codes = confirm(pending, session, code);
		if (codes.isEmpty()) {
			model.addAttribute("codeError", true);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return enrolmentPage(pending, session, model, SecondFactorSignIn.ENROLMENT_PAGE, false);
		}
		this.signIn.complete(pending, request, response);
		return recoveryCodes(model, codes.get(), "/");
	}

	// ---- the user's own page -----------------------------------------------------------------

	@GetMapping("/account/security")
	String security(Authentication user, Model model) {
		model.addAttribute("status", this.secondFactors.status(user.getName()));
		model.addAttribute("passkeys", this.passkeys.passkeys(user.getName()));
		return "identity/security";
	}

	@PostMapping("/account/security/passkeys/remove")
	String removePasskey(@RequestParam(defaultValue = "") String id, Authentication user, RedirectAttributes redirect) {
		this.passkeys.remove(user.getName(), id);
		Flash.success(redirect, "passkey.removed");
		return "redirect:/account/security";
	}

	@GetMapping("/account/security/authenticator")
	String enrolment(Authentication user, HttpSession session, Model model) {
		return enrolmentPage(user, session, model, "/account/security/authenticator", true);
	}

	@PostMapping("/account/security/authenticator")
	String confirmEnrolment(@RequestParam(defaultValue = "") String code, Authentication user, HttpSession session,
			Model model, HttpServletResponse response) {
		Optional<List<String>> codes = confirm(user, session, code);
		if (codes.isEmpty()) {
			model.addAttribute("codeError", true);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return enrolmentPage(user, session, model, "/account/security/authenticator", true);
		}
		return recoveryCodes(model, codes.get(), "/account/security");
	}

	@PostMapping("/account/security/recovery-codes")
	String regenerateRecoveryCodes(Authentication user, Model model) {
		if (!this.secondFactors.status(user.getName()).enrolled()) {
			return "redirect:/account/security";
		}
		return recoveryCodes(model, this.secondFactors.regenerateRecoveryCodes(user.getName()), "/account/security");
	}

	// ---- shared ------------------------------------------------------------------------------

	private String enrolmentPage(Authentication user, HttpSession session, Model model, String action,
			boolean cancellable) {
		String secret = (String) session.getAttribute(OFFER);
		SecondFactorService.Offer offer = secret == null ? this.secondFactors.offer(user.getName())
				: this.secondFactors.offer(user.getName(), secret);
		session.setAttribute(OFFER, offer.secret());
		model.addAttribute("offer", offer);
		model.addAttribute("action", action);
		model.addAttribute("cancellable", cancellable);
		return ENROL_VIEW;
	}

	private Optional<List<String>> confirm(Authentication user, HttpSession session, String code) {
		String secret = (String) session.getAttribute(OFFER);
		if (secret == null) {
			return Optional.empty();
		}
		Optional<List<String>> codes = this.secondFactors.confirm(user.getName(), secret, code);
		if (codes.isPresent()) {
			session.removeAttribute(OFFER);
		}
		return codes;
	}

	/** Shown once, in the answer to the POST that made them (never stored, never redirected to). */
	private static String recoveryCodes(Model model, List<String> codes, String next) {
		model.addAttribute("codes", codes);
		model.addAttribute("next", next);
		return RECOVERY_CODES_VIEW;
	}

}
