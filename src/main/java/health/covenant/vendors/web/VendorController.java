package health.covenant.vendors.web;

import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.web.Flash;
import health.covenant.vendors.AiSystemType;
import health.covenant.vendors.DecisionRole;
import health.covenant.vendors.DeidentificationMethod;
import health.covenant.vendors.DuplicateVendorNameException;
import health.covenant.vendors.FdaStatus;
import health.covenant.vendors.FrameworkAlignment;
import health.covenant.vendors.IllegalStatusChangeException;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PatientDisclosure;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.PhiTraining;
import health.covenant.vendors.RecordVolume;
import health.covenant.vendors.ServiceCategory;
import health.covenant.vendors.SystemAccess;
import health.covenant.vendors.UpdateCadence;
import health.covenant.vendors.VendorRuleException;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorView;

import org.springframework.context.support.DefaultMessageSourceResolvable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vendor page and the vendor's own changes: register ({@code /vendors/new}), edit
 * ({@code /vendors/{id}/edit}) and lifecycle status ({@code POST /vendors/{id}/status}).
 */
@Controller
@RequestMapping("/vendors")
@PreAuthorize("isAuthenticated()")
class VendorController {

	static final String FORM = "vendors/form";

	private final VendorService vendors;

	private final UserService users;

	private final VendorPageModel page;

	VendorController(VendorService vendors, UserService users, VendorPageModel page) {
		this.vendors = vendors;
		this.users = users;
		this.page = page;
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		this.page.addTo(model, id);
		return "vendors/detail";
	}

	@GetMapping("/new")
	@PreAuthorize(VendorService.EDITORS)
	String newVendor(@RequestParam(required = false) String name, Model model) {
		model.addAttribute("vendorForm", VendorForm.blank(name));
		addFormModel(model);
		return FORM;
	}

	@PostMapping
	@PreAuthorize(VendorService.EDITORS)
	String create(@Validated @ModelAttribute VendorForm vendorForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		check(vendorForm, result, null);
		if (!result.hasErrors()) {
			try {
				long id = this.vendors.register(vendorForm.toDetails());
				Flash.success(redirect, "vendor.registered", vendorForm.getName().strip());
				return "redirect:/vendors/" + id;
			}
			catch (DuplicateVendorNameException ex) {
				result.rejectValue("name", "vendor.name.taken");
			}
			catch (VendorRuleException ex) {
				VendorRulesOnForms.reject(result, ex.violations());
			}
		}
		addFormModel(model);
		return FORM;
	}

	@GetMapping("/{id:\\d+}/edit")
	@PreAuthorize(VendorService.EDITORS)
	String edit(@PathVariable long id, Model model) {
		VendorView vendor = this.vendors.getView(id);
		model.addAttribute("vendor", vendor);
		model.addAttribute("vendorForm", VendorForm.of(vendor));
		addFormModel(model);
		return FORM;
	}

	@PostMapping("/{id:\\d+}")
	@PreAuthorize(VendorService.EDITORS)
	String update(@PathVariable long id, @Validated @ModelAttribute VendorForm vendorForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		VendorView vendor = this.vendors.getView(id);
		check(vendorForm, result, id);
		if (!result.hasErrors()) {
			try {
				this.vendors.update(id, vendorForm.getVersion(), vendorForm.toDetails());
				Flash.success(redirect, "vendor.saved", vendorForm.getName().strip());
				return "redirect:/vendors/" + id;
			}
			catch (DuplicateVendorNameException ex) {
				result.rejectValue("name", "vendor.name.taken");
			}
			catch (VendorRuleException ex) {
				VendorRulesOnForms.reject(result, ex.violations());
			}
			catch (ConcurrentEditException ex) {
				result.reject("form.conflict");
			}
		}
		model.addAttribute("vendor", vendor);
		addFormModel(model);
		return FORM;
	}

	@PostMapping("/{id:\\d+}/status")
	@PreAuthorize(VendorService.EDITORS)
	String changeStatus(@PathVariable long id, @RequestParam LifecycleStatus status, @RequestParam long version,
			RedirectAttributes redirect) {
		VendorView vendor = this.vendors.getView(id);
		try {
			this.vendors.changeStatus(id, version, status);
			Flash.success(redirect, "vendor.status.changed", vendor.name(), new DefaultMessageSourceResolvable("lifecycleStatus." + status));
		}
		catch (IllegalStatusChangeException ex) {
			Flash.error(redirect, "vendor.status.notAllowed");
		}
		catch (ConcurrentEditException ex) {
			Flash.error(redirect, "form.conflict");
		}
		return "redirect:/vendors/" + id;
	}

	/** Field rules beyond Bean Validation: cross-field rules, the owner exists, the name is free. */
	private void check(VendorForm form, BindingResult result, Long id) {
		form.checkRules(result);
		if (form.getBusinessOwnerId() != null && this.users.findById(form.getBusinessOwnerId()).isEmpty()) {
			result.rejectValue("businessOwnerId", "vendor.businessOwner.unknown");
		}
		if (!result.hasFieldErrors("name") && this.vendors.nameTaken(form.getName(), id)) {
			result.rejectValue("name", "vendor.name.taken");
		}
	}

	private void addFormModel(Model model) {
		model.addAttribute("owners", this.users.allUsers().stream().filter(UserSummary::enabled).toList());
		model.addAttribute("serviceCategories", ServiceCategory.values());
		model.addAttribute("phiAccesses", PhiAccess.values());
		model.addAttribute("recordVolumes", RecordVolume.values());
		model.addAttribute("systemAccesses", SystemAccess.values());
	}

	/** Enum options of the AI profile form, shared with the AI profile controller. */
	static void addAiProfileOptions(Model model) {
		model.addAttribute("aiSystemTypes", AiSystemType.values());
		model.addAttribute("fdaStatuses", FdaStatus.values());
		model.addAttribute("phiTrainings", PhiTraining.values());
		model.addAttribute("deidentificationMethods", DeidentificationMethod.values());
		model.addAttribute("decisionRoles", DecisionRole.values());
		model.addAttribute("updateCadences", UpdateCadence.values());
		model.addAttribute("frameworkAlignments", FrameworkAlignment.values());
		model.addAttribute("patientDisclosures", PatientDisclosure.values());
	}

}
