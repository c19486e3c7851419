package health.covenant.vendors.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import health.covenant.shared.Paging;
import health.covenant.shared.web.PageLinks;
import health.covenant.vendors.AiSystemType;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
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
 * query ({@code q}, {@code status}, {@code phi}, {@code ai}, {@code sort}, {@code page}) so it can be
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
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) String phi, @RequestParam(required = false) String ai,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page,
			HtmxRequest htmx, HttpServletRequest request, Model model) {
		VendorQuery query = new VendorQuery(q, parse(LifecycleStatus.class, status), parse(PhiAccess.class, phi),
				parse(AiSystemType.class, ai), VendorSort.fromParam(sort));
		VendorSearchResult result = this.vendors.search(query, Paging.request(page, PAGE_SIZE));
		// relative links (no host), so they stay right behind a proxy
		UriComponentsBuilder base = UriComponentsBuilder.fromPath(request.getRequestURI());
		request.getParameterMap().forEach((param, values) -> {
			if (!"page".equals(param)) {
				base.queryParam(param, (Object[]) values);
			}
		});
		PageLinks links = PageLinks.of(result.page(), base);
		model.addAttribute("query", query);
		model.addAttribute("result", result);
		model.addAttribute("countCap", VendorSearchResult.COUNT_CAP);
		// the results line above the table says how many (possibly "500+"), so the pager's own summary is off
		model.addAttribute("pageLinks", new PageLinks(links.current(), links.totalPages(), 0, links.from(), links.to(),
				links.previous(), links.next(), links.pages()));
		model.addAttribute("sortLinks", sortLinks(query.sort(), base));
		model.addAttribute("statuses", LifecycleStatus.values());
		model.addAttribute("phiAccesses", PhiAccess.values());
		model.addAttribute("aiTypes", AiSystemType.values());
		model.addAttribute("htmxRequest", htmx.isHtmxRequest());
		return htmx.isHtmxRequest() ? "vendors/list :: rows" : "vendors/list";
	}

	/** The dashboard panel: the registry at a glance (loaded lazily by the dashboard). */
	@GetMapping("/vendors/panel")
	String panel(Model model) {
		model.addAttribute("overview", this.vendors.overview());
		return "vendors/panel :: panel";
	}

	/** For each sortable column, the URL that sorts by it (ascending, or reversed if already so sorted). */
	private static Map<String, String> sortLinks(VendorSort current, UriComponentsBuilder base) {
		Map<String, String> links = new LinkedHashMap<>();
		for (String column : new String[] { "name", "status", "phi", "updated" }) {
			String target = current.column().equals(column) && !current.descending() ? "-" + column : column;
			links.put(column, base.cloneBuilder().replaceQueryParam("sort", target).build().encode().toUriString());
		}
		return links;
	}

	/** Unknown values in a bookmarked URL mean "any" rather than an error page. */
	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Function<String, E> byName = (name) -> Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.name().equalsIgnoreCase(name.strip()))
			.findFirst()
			.orElse(null);
		return byName.apply(value);
	}

}
