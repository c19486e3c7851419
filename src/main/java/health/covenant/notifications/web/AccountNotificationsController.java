package health.covenant.notifications.web;

import health.covenant.identity.NotificationPreference;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.notifications.CalendarFeeds;
import health.covenant.notifications.MailSchedule;
import health.covenant.shared.NotFoundException;
import health.covenant.shared.web.Flash;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/notifications}: a user's e-mail preference, a security officer's choice to receive the
 * weekly risk digest, and the secret calendar feed URL.
 */
@Controller
@RequestMapping("/account/notifications")
@PreAuthorize("isAuthenticated()")
class AccountNotificationsController {

	private final UserService users;

	private final CalendarFeeds feeds;

	private final ObjectProvider<MailSchedule> schedules;

	AccountNotificationsController(UserService users, CalendarFeeds feeds, ObjectProvider<MailSchedule> schedules) {
		this.users = users;
		this.feeds = feeds;
		this.schedules = schedules;
	}

	@GetMapping
	String show(Model model) {
		UserSummary me = me();
		model.addAttribute("me", me);
		model.addAttribute("preferences", NotificationPreference.values());
		model.addAttribute("feedUrl", this.feeds.url(me.id()).orElse(null));
		model.addAttribute("schedules", this.schedules.orderedStream().map(MailSchedule::describe).toList());
		return "notifications/account";
	}

	@PostMapping("/preference")
	String preference(@RequestParam NotificationPreference preference, RedirectAttributes redirect) {
		this.users.changeNotificationPreference(me().id(), preference);
		Flash.success(redirect, "notifications.account.preference.saved");
		return "redirect:/account/notifications";
	}

	/** A security officer opts out of the weekly risk digest, or back in. */
	@PostMapping("/risk-digest")
	@PreAuthorize("hasRole('SECURITY_OFFICER')")
	String riskDigest(@RequestParam(defaultValue = "false") boolean receive, RedirectAttributes redirect) {
		this.users.changeRiskDigestOptOut(me().id(), !receive);
		Flash.success(redirect, receive ? "notifications.account.riskDigest.on" : "notifications.account.riskDigest.off");
		return "redirect:/account/notifications";
	}

	@PostMapping("/feed")
	String createFeed(RedirectAttributes redirect) {
		this.feeds.create(me().id());
		Flash.success(redirect, "notifications.account.feed.created");
		return "redirect:/account/notifications";
	}

	@PostMapping("/feed/revoke")
	String revokeFeed(RedirectAttributes redirect) {
		this.feeds.revoke(me().id());
		Flash.success(redirect, "notifications.account.feed.revoked");
		return "redirect:/account/notifications";
	}

	private UserSummary me() {
		return this.users.current().orElseThrow(() -> new NotFoundException("User", "current"));
	}

}
