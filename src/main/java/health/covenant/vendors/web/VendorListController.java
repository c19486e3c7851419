package health.covenant.vendors.web;

import health.covenant.shared.Paging;
import health.covenant.shared.web.PageLinks;
import health.covenant.vendors.AiSystemType;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.RiskTierFilter;
import health.covenant.vendors.VendorQuery;
import health.covenant.vendors.VendorSearchResult;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSort;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /vendors}: search as you type, filters, sort by column, 25 per page. The URL carries the whole
 * query ({@code q}, {@code status}, {@code phi}, {@code ai}, {@code tier}, {@code sort}, {@code page}) so it can be
 * bookmarked; an htmx request gets only the results region.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class VendorListController {

	static final int PAGE_SIZE = 25;

	private final VendorService vendors;

	VendorListController(VendorService vendors) {
		this.vendors = vendors;
	}

	@GetMapping("/vendors")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) LifecycleStatus status,
			@RequestParam(required = false) PhiAccess phi, @RequestParam(required = false) AiSystemType ai,
			@RequestParam(required = false) RiskTierFilter tier, @RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page,
			HtmxRequest htmx, Model model) {
		VendorQuery query = new VendorQuery(q, status, phi, ai, tier, VendorSort.fromParam(sort));
		VendorSearchResult result = this.vendors.search(query, Paging.request(page, PAGE_SIZE));
		UriComponentsBuilder base = PageLinks.currentQuery();
		PageLinks links = PageLinks.of(result.page(), base);
		model.addAttribute("query", query);
		model.addAttribute("result", result);
		model.addAttribute("countCap", VendorSearchResult.COUNT_CAP);
		// the results line above the table says how many (possibly "500+"), so the pager's own summary is off
		model.addAttribute("pageLinks", new PageLinks(links.current(), links.totalPages(), 0, links.from(), links.to(),
				links.previous(), links.next(), links.pages()));
		model.addAttribute("sortLinks", PageLinks.sortLinks(base,
				(query.sort().descending() ? "-" : "") + query.sort().column(), "name", "status", "phi", "risk", "updated"));
		model.addAttribute("statuses", LifecycleStatus.values());
		model.addAttribute("phiAccesses", PhiAccess.values());
		model.addAttribute("aiTypes", AiSystemType.values());
		model.addAttribute("tiers", RiskTierFilter.values());
		model.addAttribute("htmxRequest", htmx.isHtmxRequest());
		return htmx.isHtmxRequest() ? "vendors/list :: rows" : "vendors/list";
	}

	/** The dashboard panel: the registry at a glance (loaded lazily by the dashboard). */
	@GetMapping("/vendors/panel")
	String panel(Model model) {
		model.addAttribute("overview", this.vendors.overview());
		return "vendors/panel :: panel";
	}

}
