package health.covenant.vendors.web;

import health.covenant.shared.web.Flash;
import health.covenant.vendors.VendorRuleException;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sub-processors of a vendor (AI-08), added and removed inline on the vendor page. An htmx request gets
 * the sub-processor section back; without JavaScript the browser is redirected to the vendor page (or,
 * for invalid input, gets the vendor page with the messages at the fields).
 */
@Controller
@RequestMapping("/vendors/{id:\\d+}/subprocessors")
@PreAuthorize(VendorService.AI_EDITORS)
class SubprocessorController {

	static final String SECTION = "vendors/detail :: subprocessors";

	private final VendorService vendors;

	private final VendorPageModel page;

	SubprocessorController(VendorService vendors, VendorPageModel page) {
		this.vendors = vendors;
		this.page = page;
	}

	@PostMapping
	String add(@PathVariable long id, @Validated @ModelAttribute SubprocessorForm subprocessorForm,
			BindingResult result, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		VendorView vendor = this.vendors.getView(id);
		if (!result.hasErrors()) {
			try {
				this.vendors.addSubprocessor(id, subprocessorForm.toDetails());
				return done(id, vendor, htmx, model, redirect, "subprocessor.added",
						subprocessorForm.getSubprocessorName().strip());
			}
			catch (VendorRuleException ex) {
				VendorRulesOnForms.reject(result, ex.violations());
			}
		}
		this.page.addTo(model, id);
		return htmx.isHtmxRequest() ? SECTION : "vendors/detail";
	}

	@PostMapping("/{subprocessorId:\\d+}/remove")
	String remove(@PathVariable long id, @PathVariable long subprocessorId, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		VendorView vendor = this.vendors.getView(id);
		String name = this.vendors.subprocessorsOf(id)
			.stream()
			.filter((s) -> s.id() == subprocessorId)
			.findFirst()
			.map((s) -> s.name())
			.orElse("");
		this.vendors.removeSubprocessor(id, subprocessorId);
		return done(id, vendor, htmx, model, redirect, "subprocessor.removed", name);
	}

	private String done(long id, VendorView vendor, HtmxRequest htmx, Model model, RedirectAttributes redirect,
			String messageKey, String name) {
		if (htmx.isHtmxRequest()) {
			model.addAttribute("subprocessorForm", new SubprocessorForm());
			model.addAttribute("subprocessorMessage", messageKey);
			model.addAttribute("subprocessorMessageName", name);
			this.page.addTo(model, id);
			return SECTION;
		}
		Flash.success(redirect, messageKey, name);
		return "redirect:/vendors/" + id + "#section-subprocessors";
	}

}
