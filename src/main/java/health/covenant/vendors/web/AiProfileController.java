package health.covenant.vendors.web;

import java.time.LocalDate;

import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.web.Flash;
import health.covenant.vendors.VendorRuleException;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorView;

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

/** {@code /vendors/{id}/ai-profile}: the AI profile form (procurement, admin, security officers). */
@Controller
@RequestMapping("/vendors/{id:\\d+}/ai-profile")
@PreAuthorize(VendorService.AI_EDITORS)
class AiProfileController {

	static final String FORM = "vendors/ai-profile";

	private final VendorService vendors;

	private final OrganisationClock clock;

	AiProfileController(VendorService vendors, OrganisationClock clock) {
		this.vendors = vendors;
		this.clock = clock;
	}

	@GetMapping
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("vendor", this.vendors.getView(id));
		model.addAttribute("aiProfileForm", AiProfileForm.of(this.vendors.getAiProfile(id)));
		VendorController.addAiProfileOptions(model);
		return FORM;
	}

	@PostMapping
	String save(@PathVariable long id, @Validated @ModelAttribute AiProfileForm aiProfileForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		VendorView vendor = this.vendors.getView(id);
		aiProfileForm.checkRules(result, this.clock.today());
		if (!result.hasErrors()) {
			try {
				this.vendors.updateAiProfile(id, aiProfileForm.getVersion(), aiProfileForm.toDetails());
				Flash.success(redirect, "aiProfile.saved", vendor.name());
				return "redirect:/vendors/" + id + "#section-ai";
			}
			catch (ConcurrentEditException ex) {
				result.reject("form.conflict");
			}
			catch (VendorRuleException ex) {
				VendorRulesOnForms.reject(result, ex.violations());
			}
		}
		model.addAttribute("vendor", vendor);
		VendorController.addAiProfileOptions(model);
		return FORM;
	}

}
