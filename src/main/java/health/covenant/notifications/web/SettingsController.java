package health.covenant.notifications.web;

import java.time.DateTimeException;
import java.time.ZoneId;

import health.covenant.identity.Role;
import health.covenant.notifications.DeliverySettings;
import health.covenant.notifications.MailSchedule;
import health.covenant.notifications.ReminderSettings;
import health.covenant.obligations.ObligationKind;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.web.Flash;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/settings}: reminder time zone and hour, and the reminder rule of each obligation kind. */
@Controller
@RequestMapping("/admin/settings")
@PreAuthorize("hasRole('ADMIN')")
class SettingsController {

	private final ReminderSettings settings;

	private final ObjectProvider<MailSchedule> schedules;

	SettingsController(ReminderSettings settings, ObjectProvider<MailSchedule> schedules) {
		this.settings = settings;
		this.schedules = schedules;
	}

	@GetMapping
	String show(Model model) {
		if (!model.containsAttribute("deliveryForm")) {
			model.addAttribute("deliveryForm", DeliveryForm.of(this.settings.delivery()));
		}
		model.addAttribute("rules", this.settings.rules());
		model.addAttribute("schedules", this.schedules.orderedStream().map(MailSchedule::describe).toList());
		model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
		return "notifications/settings";
	}

	@PostMapping("/delivery")
	String saveDelivery(@Valid @ModelAttribute("deliveryForm") DeliveryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ZoneId zone = null;
		if (!result.hasFieldErrors("timeZone")) {
			try {
				zone = ZoneId.of(form.getTimeZone().trim());
			}
			catch (DateTimeException ex) {
				result.rejectValue("timeZone", "notifications.settings.timeZone.invalid");
			}
		}
		if (result.hasErrors()) {
			return show(model);
		}
		try {
			this.settings.updateDelivery(new DeliverySettings(zone, form.getSendHour(), form.getVersion()));
		}
		catch (ConcurrentEditException ex) {
			result.reject("form.conflict");
			return show(model);
		}
		Flash.success(redirect, "notifications.settings.saved");
		return "redirect:/admin/settings";
	}

	@GetMapping("/rules/{kind}")
	String editRule(@PathVariable ObligationKind kind, Model model) {
		model.addAttribute("ruleForm", RuleForm.of(this.settings.rule(kind)));
		return ruleForm(kind, model);
	}

	@PostMapping("/rules/{kind}")
	String saveRule(@PathVariable("kind") ObligationKind obligationKind, @Valid @ModelAttribute("ruleForm") RuleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("offsets")) {
			try {
				ReminderSettings.parseOffsets(form.getOffsets());
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("offsets", "notifications.rule.offsets.invalid");
			}
		}
		boolean noRecipients = !form.isNotifyOwner()
				&& (form.getRecipientRoles() == null || form.getRecipientRoles().isEmpty());
		if (noRecipients) {
			result.rejectValue("recipientRoles", "notifications.rule.recipients.required");
		}
		if (form.getEscalateAfterDays() != null && form.getEscalateAfterDays() > 0
				&& (form.getEscalationRoles() == null || form.getEscalationRoles().isEmpty())) {
			result.rejectValue("escalationRoles", "notifications.rule.escalationRoles.required");
		}
		if (result.hasErrors()) {
			return ruleForm(obligationKind, model);
		}
		try {
			this.settings.updateRule(form.toRule(obligationKind));
		}
		catch (ConcurrentEditException ex) {
			result.reject("form.conflict");
			return ruleForm(obligationKind, model);
		}
		Flash.success(redirect, "notifications.rule.saved");
		return "redirect:/admin/settings";
	}

	private String ruleForm(ObligationKind kind, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("roles", Role.values());
		return "notifications/rule";
	}

}
