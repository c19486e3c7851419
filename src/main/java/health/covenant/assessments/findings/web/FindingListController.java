package health.covenant.assessments.findings.web;

import java.util.List;
import java.util.Optional;

import health.covenant.assessments.findings.FindingQuery;
import health.covenant.assessments.findings.FindingRow;
import health.covenant.assessments.findings.FindingService;
import health.covenant.assessments.findings.FindingSeverity;
import health.covenant.assessments.findings.FindingStatus;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The findings list (every signed-in role: filters by severity, status, overdue, vendor and owner, sorted
 * both ways by vendor, severity or due date from the column headers, 25 a page) and the findings section of
 * the vendor page (htmx).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class FindingListController {

	static final int PAGE_SIZE = 25;

	static final int SUGGESTIONS = 10;

	private static final int MAX_NAME = 200;

	/** The columns the list sorts by, as {@link FindingQuery.Sort} names them. */
	private static final String[] SORTABLE = { "vendor", "severity", "due" };

	/** The filters as the form shows them. */
	record Filter(FindingSeverity severity, FindingStatus status, boolean overdue, Long vendor, String vendorName,
			Long owner, FindingQuery.Sort sort) {
	}

	private final FindingService findings;

	private final VendorService vendors;

	FindingListController(FindingService findings, VendorService vendors) {
		this.findings = findings;
		this.vendors = vendors;
	}

	@GetMapping("/findings")
	String list(@RequestParam(required = false) FindingSeverity severity,
			@RequestParam(required = false) FindingStatus status, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) Long vendor, @RequestParam(required = false) String vendorName,
			@RequestParam(required = false) Long owner, @RequestParam(required = false) FindingQuery.Sort sort,
			@RequestParam(defaultValue = "1") int page, HtmxRequest htmx, Model model) {
		String typed = vendorName == null || vendorName.isBlank() ? null : vendorName.strip();
		Optional<VendorSummary> chosen = vendor != null ? this.vendors.findSummary(vendor)
				: typed == null || typed.length() > MAX_NAME ? Optional.empty() : this.vendors.findByName(typed);
		boolean unknownVendor = typed != null && chosen.filter((v) -> v.name().equalsIgnoreCase(typed)).isEmpty();
		FindingQuery.Sort order = sort == null ? FindingQuery.Sort.DUE : sort;
		UriComponentsBuilder base = PageLinks.currentQuery();
		Filter filter = new Filter(severity, status, overdue,
				chosen.map(VendorSummary::id).orElse(typed == null ? vendor : null),
				chosen.map(VendorSummary::name).orElse(typed), owner, order);
		model.addAttribute("filter", filter);
		model.addAttribute("severities", FindingSeverity.values());
		model.addAttribute("statuses", FindingStatus.values());
		model.addAttribute("sortLinks", PageLinks.sortLinks(base, order.param(), SORTABLE));
		model.addAttribute("htmxRequest", htmx.isHtmxRequest());
		model.addAttribute("owners", this.findings.possibleOwners());
		model.addAttribute("unknownVendor", unknownVendor);
		if (unknownVendor) {
			model.addAttribute("rows", Page.empty());
			model.addAttribute("pageLinks", null);
		}
		else {
			Page<FindingRow> rows = this.findings.page(
					new FindingQuery(severity, status, overdue, filter.vendor(), owner, order),
					Paging.request(page, PAGE_SIZE));
			model.addAttribute("rows", rows);
			model.addAttribute("pageLinks", PageLinks.of(rows, base));
		}
		return htmx.isHtmxRequest() ? "assessments/findings/list :: results" : "assessments/findings/list";
	}

	/** The typeahead of the vendor filter. */
	@GetMapping("/findings/vendor-suggestions")
	String vendorSuggestions(@RequestParam(required = false) String vendorName, Model model) {
		String text = vendorName == null ? "" : vendorName.strip();
		model.addAttribute("suggestions",
				text.isEmpty() || text.length() > MAX_NAME ? List.of() : this.vendors.suggest(text, SUGGESTIONS));
		return "fragments/typeahead :: vendorSuggestions";
	}

	@GetMapping("/vendors/{id}/findings")
	String section(@PathVariable long id, HtmxRequest htmx, Model model) {
		VendorSummary vendor = this.vendors.getSummary(id);
		if (!htmx.isHtmxRequest()) {
			return "redirect:/findings?vendor=" + id;
		}
		model.addAttribute("vendor", vendor);
		model.addAttribute("summary", this.findings.forVendor(id));
		model.addAttribute("severities", FindingSeverity.values());
		return "assessments/findings/vendor :: section";
	}

}
