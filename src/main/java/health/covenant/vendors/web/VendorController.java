package health.covenant.vendors.web;

import java.util.Comparator;
import java.util.List;

import health.covenant.vendors.VendorSection;
import health.covenant.vendors.VendorService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The vendor page and the vendor's own changes: register, edit, status. */
@Controller
@RequestMapping("/vendors")
@PreAuthorize("isAuthenticated()")
class VendorController {

	private final VendorService vendors;

	private final List<VendorSection> sections;

	VendorController(VendorService vendors, List<VendorSection> sections) {
		this.vendors = vendors;
		this.sections = sections.stream().sorted(Comparator.comparingInt(VendorSection::order)).toList();
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("vendor", this.vendors.getView(id));
		model.addAttribute("subprocessors", this.vendors.subprocessorsOf(id));
		model.addAttribute("sections", this.sections);
		return "vendors/detail";
	}

}
