package health.covenant.certifications.web;

import health.covenant.certifications.CertificationStateService;
import health.covenant.vendors.VendorService;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The certifications section of the vendor page (loaded lazily by htmx): the vendor's assurance at a
 * glance and its certifications. Two indexed reads of the stored states.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class VendorCertificationsController {

	private final CertificationStateService states;

	private final VendorService vendors;

	VendorCertificationsController(CertificationStateService states, VendorService vendors) {
		this.states = states;
		this.vendors = vendors;
	}

	@GetMapping("/vendors/{id}/certifications")
	String section(@PathVariable long id, HtmxRequest htmx, Model model) {
		model.addAttribute("vendor", this.vendors.getSummary(id));
		if (!htmx.isHtmxRequest()) {
			return "redirect:/certifications?vendor=" + id;
		}
		model.addAttribute("assurance", this.states.assurance(id));
		model.addAttribute("rows", this.states.forVendor(id));
		return "certifications/vendor :: section";
	}

}
