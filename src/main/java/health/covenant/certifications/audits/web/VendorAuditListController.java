package health.covenant.certifications.audits.web;

import java.util.List;
import java.util.Optional;

import health.covenant.certifications.audits.AuditListQuery;
import health.covenant.certifications.audits.AuditResult;
import health.covenant.certifications.audits.AuditScheduleService;
import health.covenant.certifications.audits.AuditStanding;
import health.covenant.certifications.audits.VendorAuditService;
import health.covenant.shared.Paging;
import health.covenant.shared.web.PageLinks;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The vendor audits list (every signed-in role: last audit, result, next due, filters, soonest due
 * first) and the audits section of the vendor page (loaded by htmx).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class VendorAuditListController {

	static final int PAGE_SIZE = 25;

	static final int DEFAULT_WITHIN_DAYS = 90;

	static final int MAX_WITHIN_DAYS = 3660;

	static final int SUGGESTIONS = 10;

	private static final int MAX_NAME = 200;

	/** The filters as the form shows them. */
	record Filter(AuditListQuery.DueFilter due, int within, AuditResult result, Long vendor, String vendorName) {
	}

	private final AuditScheduleService schedules;

	private final VendorAuditService audits;

	private final VendorService vendors;

	VendorAuditListController(AuditScheduleService schedules, VendorAuditService audits, VendorService vendors) {
		this.schedules = schedules;
		this.audits = audits;
		this.vendors = vendors;
	}

	@GetMapping("/certifications/audits")
	String list(@RequestParam(required = false) AuditListQuery.DueFilter due,
			@RequestParam(required = false) Integer within, @RequestParam(required = false) AuditResult result,
			@RequestParam(required = false) Long vendor, @RequestParam(required = false) String vendorName,
			@RequestParam(defaultValue = "1") int page, HtmxRequest htmx, Model model) {
		int days = within == null ? DEFAULT_WITHIN_DAYS : Math.max(0, Math.min(MAX_WITHIN_DAYS, within));
		String typed = vendorName == null || vendorName.isBlank() ? null : vendorName.strip();
		Optional<VendorSummary> chosen = vendor != null ? this.vendors.findSummary(vendor)
				: typed == null || typed.length() > MAX_NAME ? Optional.empty() : this.vendors.findByName(typed);
		boolean unknownVendor = typed != null && chosen.filter((v) -> v.name().equalsIgnoreCase(typed)).isEmpty();
		Filter filter = new Filter(due, days, result, chosen.map(VendorSummary::id).orElse(typed == null ? vendor : null),
				chosen.map(VendorSummary::name).orElse(typed));
		model.addAttribute("filter", filter);
		model.addAttribute("dueFilters", AuditListQuery.DueFilter.values());
		model.addAttribute("results", AuditResult.values());
		model.addAttribute("policy", this.schedules.policy());
		model.addAttribute("unknownVendor", unknownVendor);
		if (unknownVendor) {
			model.addAttribute("rows", Page.empty());
			model.addAttribute("pageLinks", null);
		}
		else {
			Page<AuditStanding> rows = this.schedules.page(
					new AuditListQuery(due, days, result, filter.vendor()), Paging.request(page, PAGE_SIZE));
			model.addAttribute("rows", rows);
			model.addAttribute("pageLinks", PageLinks.of(rows, PageLinks.currentQuery()));
		}
		return htmx.isHtmxRequest() ? "certifications/audits/list :: results" : "certifications/audits/list";
	}

	/** The typeahead of the vendor filter. */
	@GetMapping("/certifications/audits/vendor-suggestions")
	String vendorSuggestions(@RequestParam(required = false) String vendorName, Model model) {
		String text = vendorName == null ? "" : vendorName.strip();
		model.addAttribute("suggestions",
				text.isEmpty() || text.length() > MAX_NAME ? List.of() : this.vendors.suggest(text, SUGGESTIONS));
		return "certifications/audits/list :: vendorSuggestions";
	}

	@GetMapping("/vendors/{id}/audits")
	String section(@PathVariable long id, HtmxRequest htmx, Model model) {
		VendorSummary vendor = this.vendors.getSummary(id);
		if (!htmx.isHtmxRequest()) {
			return "redirect:/certifications/audits?vendor=" + id;
		}
		model.addAttribute("vendor", vendor);
		model.addAttribute("standing", this.schedules.forVendor(id).orElse(null));
		model.addAttribute("audits", this.audits.forVendor(id));
		model.addAttribute("cadence", this.audits.cadence(id));
		model.addAttribute("policy", this.schedules.policy());
		return "certifications/audits/section :: section";
	}

}
