package health.covenant.notifications.web;

import health.covenant.notifications.ReminderRuns;
import health.covenant.shared.web.Flash;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Run reminders now" (ADMIN): the POST queues a run and answers at once with the run's page, which
 * follows it (htmx polling while it is queued or running). A second request while one is queued or
 * running leads to that run.
 */
@Controller
@RequestMapping("/notifications")
@PreAuthorize("hasRole('ADMIN')")
class ReminderRunController {

	private final ReminderRuns runs;

	ReminderRunController(ReminderRuns runs) {
		this.runs = runs;
	}

	@PostMapping("/run")
	String run(RedirectAttributes redirect) {
		ReminderRuns.Requested requested = this.runs.request();
		if (requested.alreadyActive()) {
			Flash.warning(redirect, "notifications.run.alreadyActive");
		}
		else {
			Flash.success(redirect, "notifications.run.queued");
		}
		return "redirect:/notifications/runs/" + requested.run().id();
	}

	@GetMapping("/runs/{id}")
	String show(@PathVariable long id, HtmxRequest htmx, Model model) {
		model.addAttribute("run", this.runs.get(id));
		return htmx.isHtmxRequest() ? "notifications/run :: state" : "notifications/run";
	}

}
