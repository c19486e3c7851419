package health.covenant.notifications.web;

import health.covenant.notifications.MailCapture;
import health.covenant.notifications.Outbox;
import health.covenant.shared.NotFoundException;
import health.covenant.shared.web.Flash;
import health.covenant.shared.web.KeysetLinks;
import health.covenant.shared.web.PageLinks;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /notifications} (ADMIN): the outbox, retry and the demo mailbox ("run reminders now": {@link ReminderRunController}). */
@Controller
@RequestMapping("/notifications")
@PreAuthorize("hasRole('ADMIN')")
class NotificationsController {

	static final int PAGE_SIZE = 25;

	private final Outbox outbox;

	private final ObjectProvider<MailCapture> capture;

	NotificationsController(Outbox outbox, ObjectProvider<MailCapture> capture) {
		this.outbox = outbox;
		this.capture = capture;
	}

	/** The outbox newest first, 25 a page by keyset ({@code older} / {@code newer}: a message id). */
	@GetMapping
	String list(@RequestParam(required = false) Outbox.Status status, @RequestParam(required = false) Long older,
			@RequestParam(required = false) Long newer, HtmxRequest htmx, Model model) {
		Outbox.EntryPage entries = this.outbox.page(status, older, newer, PAGE_SIZE);
		model.addAttribute("status", status);
		model.addAttribute("statuses", Outbox.Status.values());
		model.addAttribute("counts", this.outbox.counts());
		model.addAttribute("countCap", Outbox.COUNT_CAP);
		model.addAttribute("entries", entries.entries());
		model.addAttribute("pageLinks", KeysetLinks.of(entries.newer(), entries.older(), older != null || newer != null,
				PageLinks.currentQuery()));
		model.addAttribute("captureEnabled", this.capture.getIfAvailable() != null);
		return htmx.isHtmxRequest() ? "notifications/list :: results" : "notifications/list";
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		this.outbox.retry(id);
		Flash.success(redirect, "notifications.retried", id);
		return "redirect:/notifications?status=FAILED";
	}

	@GetMapping("/mailbox")
	String mailbox(Model model) {
		MailCapture mailCapture = capture();
		model.addAttribute("messages", mailCapture.messages());
		model.addAttribute("port", String.valueOf(mailCapture.port()));
		return "notifications/mailbox";
	}

	@GetMapping("/mailbox/{number}")
	String message(@PathVariable long number, Model model) {
		model.addAttribute("message",
				capture().message(number).orElseThrow(() -> new NotFoundException("Captured message", number)));
		return "notifications/message";
	}

	@PostMapping("/mailbox/clear")
	String clearMailbox(RedirectAttributes redirect) {
		int deleted = capture().clearByAdmin();
		Flash.success(redirect, "notifications.mailbox.cleared", deleted);
		return "redirect:/notifications/mailbox";
	}

	private MailCapture capture() {
		MailCapture mailCapture = this.capture.getIfAvailable();
		if (mailCapture == null) {
			throw new NotFoundException("Mailbox", "capture");
		}
		return mailCapture;
	}

}
