package health.covenant.notifications.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.notifications.ActionLinks;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationService;
import health.covenant.shared.OrganisationClock;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The signed one-click link of a reminder e-mail, usable without signing in: GET shows what it is
 * about and asks (no side effect), POST acknowledges or snoozes, as the recipient the link was made
 * for and only for that obligation and due date, while that person may still act on it. A link
 * snoozes once (a second snooze answers 409 and changes nothing); a snooze never reaches past the
 * due date.
 */
@Controller
@RequestMapping("/public/obligations/action")
class ObligationActionController {

	private final ActionLinks links;

	private final ObligationService obligations;

	private final UserService users;

	private final OrganisationClock clock;

	ObligationActionController(ActionLinks links, ObligationService obligations, UserService users,
			OrganisationClock clock) {
		this.links = links;
		this.obligations = obligations;
		this.users = users;
		this.clock = clock;
	}

	private record Valid(ActionLinks.Claim claim, UserSummary recipient, Obligation obligation) {
	}

	@GetMapping
	String confirm(@RequestParam(required = false) String token, Model model) {
		Valid valid = validate(token).orElseThrow(InvalidLinkException::new);
		return ask(token, valid, model);
	}

	private String ask(String token, Valid valid, Model model) {
		LocalDate today = this.clock.today();
		boolean used = this.links.usedToSnooze(valid.claim());
		model.addAttribute("token", token);
		model.addAttribute("obligation", valid.obligation());
		model.addAttribute("recipient", valid.recipient());
		model.addAttribute("today", today);
		model.addAttribute("snoozeUsed", used);
		model.addAttribute("canSnooze", !used && this.obligations.maySnooze(valid.obligation(), today));
		return "notifications/action";
	}

	@PostMapping
	String act(@RequestParam(required = false) String token, @RequestParam String action, Model model,
			HttpServletResponse response) {
		Valid valid = validate(token).orElseThrow(InvalidLinkException::new);
		boolean snooze = action.equals("snooze7") || action.equals("snooze30");
		if (snooze && (!this.obligations.maySnooze(valid.obligation(), this.clock.today())
				|| !this.links.claimForSnooze(valid.claim()))) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return ask(token, valid, model);
		}
		Obligation result = runAs(valid.recipient(), () -> switch (action) {
			case "acknowledge" -> this.obligations.acknowledge(valid.obligation().id());
			case "snooze7" -> this.obligations.snooze(valid.obligation().id(), 7);
			case "snooze30" -> this.obligations.snooze(valid.obligation().id(), 30);
			default -> throw new InvalidLinkException();
		});
		model.addAttribute("obligation", result);
		model.addAttribute("action", action);
		model.addAttribute("today", this.clock.today());
		return "notifications/action-done";
	}

	private Optional<Valid> validate(String token) {
		return this.links.verify(token, this.clock.today()).flatMap((claim) -> {
			Optional<UserSummary> recipient = this.users.findById(claim.userId()).filter(UserSummary::enabled);
			Optional<Obligation> obligation = this.obligations.find(claim.obligationId())
				.filter((o) -> o.dueDate().equals(claim.dueDate()));
			if (recipient.isEmpty() || obligation.isEmpty()
					|| !this.obligations.mayAct(obligation.get(), recipient.get())) {
				return Optional.empty();
			}
			return Optional.of(new Valid(claim, recipient.get(), obligation.get()));
		});
	}

	/** Acts as the recipient the link was signed for, so authorisation and audit see that person. */
	private static <T> T runAs(UserSummary user, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		List<SimpleGrantedAuthority> authorities = user.roles()
			.stream()
			.map((role) -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.email(), null, authorities));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * A link that is malformed, altered, expired, about an earlier due date, or whose recipient may
	 * no longer act on the obligation.
	 */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class InvalidLinkException extends RuntimeException {

		InvalidLinkException() {
			super("invalid or expired link");
		}

	}

}
