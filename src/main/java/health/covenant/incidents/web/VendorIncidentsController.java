package health.covenant.incidents.web;

import health.covenant.agreements.BreachNoticeCommitments;
import health.covenant.incidents.IncidentQueries;
import health.covenant.vendors.VendorService;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The incidents section of the vendor page (loaded lazily by htmx): the breach-notice commitment with its
 * source BAA, the vendor's SLA record and its latest incidents, open ones first. Three indexed reads.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class VendorIncidentsController {

	/** Incidents shown in the section; the list filtered by vendor has them all. */
	static final int SHOWN = 10;

	private final IncidentQueries queries;

	private final BreachNoticeCommitments commitments;

	private final VendorService vendors;

	VendorIncidentsController(IncidentQueries queries, BreachNoticeCommitments commitments, VendorService vendors) {
		this.queries = queries;
		this.commitments = commitments;
		this.vendors = vendors;
	}

	@GetMapping("/vendors/{id}/incidents")
	String section(@PathVariable long id, HtmxRequest htmx, Model model) {
		model.addAttribute("vendor", this.vendors.getSummary(id));
		if (!htmx.isHtmxRequest()) {
			return "redirect:/incidents?vendor=" + id;
		}
		model.addAttribute("commitment", this.commitments.forVendor(id).orElse(null));
		model.addAttribute("slaRecord", this.queries.slaRecord(id));
		model.addAttribute("rows", this.queries.forVendor(id, SHOWN));
		return "incidents/vendor :: section";
	}

}
