package health.covenant.agreements.web;

import health.covenant.agreements.AgreementQueries;
import health.covenant.agreements.ComplianceGapService;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The agreements section of the vendor page (loaded lazily by htmx), with the vendor's gaps. */
@Controller
@PreAuthorize("isAuthenticated()")
class VendorAgreementsController {

	private final AgreementQueries agreements;

	private final ComplianceGapService gaps;

	private final VendorService vendors;

	VendorAgreementsController(AgreementQueries agreements, ComplianceGapService gaps, VendorService vendors) {
		this.agreements = agreements;
		this.gaps = gaps;
		this.vendors = vendors;
	}

	@GetMapping("/vendors/{id}/agreements")
	String section(@PathVariable long id, HtmxRequest htmx, Model model) {
		VendorSummary vendor = this.vendors.getSummary(id);
		if (!htmx.isHtmxRequest()) {
			return "redirect:/agreements?vendorId=" + id;
		}
		model.addAttribute("vendor", vendor);
		model.addAttribute("rows", this.agreements.forVendor(id));
		model.addAttribute("gaps", this.gaps.forVendor(id));
		return "agreements/vendor :: section";
	}

}
