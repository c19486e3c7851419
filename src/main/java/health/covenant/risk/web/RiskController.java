package health.covenant.risk.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import health.covenant.risk.RiskDecision;
import health.covenant.risk.RiskRegisterQuery;
import health.covenant.risk.RiskService;
import health.covenant.risk.RiskSnapshot;
import health.covenant.risk.VendorRiskView;
import health.covenant.shared.NotFoundException;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.Paging;
import health.covenant.shared.web.Flash;
import health.covenant.shared.web.PageLinks;
import health.covenant.vendors.RiskTier;
import health.covenant.vendors.VendorService;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The risk pages: {@code /risk}, the register of every vendor by residual score (25 a page, filters by
 * tier, change day and review state, three orders); {@code /risk/queue}, the tier changes awaiting
 * review; {@code /risk/vendors/{id}}, one vendor's score with its factors, history chart and decisions,
 * and the review form (security officers and administrators; everyone signed in reads); and the risk
 * section of the vendor page. Every read is an indexed query of the stored scores.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class RiskController {

	static final int PAGE_SIZE = 25;

	/** History points drawn and listed. */
	static final int HISTORY = 60;

	private static final int MAX_JUSTIFICATION = 2000;

	private final RiskService risks;

	private final VendorService vendors;

	private final OrganisationClock clock;

	RiskController(RiskService risks, VendorService vendors, OrganisationClock clock) {
		this.risks = risks;
		this.vendors = vendors;
		this.clock = clock;
	}

	/** The register's filters as its links and form write them. */
	record Filter(RiskTier tier, LocalDate changedSince, boolean unreviewed, String sort) {
	}

	@GetMapping("/risk")
	String register(@RequestParam(required = false) RiskTier tier,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate changedSince,
			@RequestParam(defaultValue = "false") boolean unreviewed, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "1") int page, HtmxRequest htmx, Model model) {
		String order = sort == null || !List.of("residual", "name", "changed").contains(sort) ? "residual" : sort;
		Page<VendorRiskView> rows = this.risks.register(new RiskRegisterQuery(tier, changedSince, unreviewed, order),
				Paging.request(page, PAGE_SIZE));
		model.addAttribute("filter", new Filter(tier, changedSince, unreviewed, order));
		model.addAttribute("tiers", tiersHighFirst());
		model.addAttribute("rows", rows);
		model.addAttribute("filtered", tier != null || changedSince != null || unreviewed);
		model.addAttribute("pageLinks", PageLinks.of(rows, PageLinks.currentQuery()));
		return htmx.isHtmxRequest() ? "risk/register :: results" : "risk/register";
	}

	@GetMapping("/risk/queue")
	String queue(@RequestParam(defaultValue = "1") int page, Model model) {
		Page<VendorRiskView> rows = this.risks.queue(Paging.request(page, PAGE_SIZE));
		model.addAttribute("rows", rows);
		model.addAttribute("pageLinks", PageLinks.of(rows, PageLinks.currentQuery()));
		return "risk/queue";
	}

	@GetMapping("/risk/vendors/{id}")
	String detail(@PathVariable long id, Model model) {
		ReviewForm form = new ReviewForm();
		return detail(id, form, model);
	}

	@PostMapping("/risk/vendors/{id}/review")
	@PreAuthorize(RiskService.REVIEWERS)
	String review(@PathVariable long id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		VendorRiskView risk = this.risks.forVendor(id).orElseThrow(() -> new NotFoundException("Risk score of vendor", id));
		String justification = form.getJustification() == null ? null : form.getJustification().strip();
		if (form.getDecision() == null) {
			if (!binding.hasFieldErrors("decision")) {
				binding.rejectValue("decision", "risk.review.error.decision");
			}
		}
		else if (form.getDecision() == RiskDecision.OVERRIDE) {
			if (form.getTier() == null && !binding.hasFieldErrors("tier")) {
				binding.rejectValue("tier", "risk.review.error.tier");
			}
			else if (form.getTier() == risk.computedTier()) {
				binding.rejectValue("tier", "risk.review.error.sameTier");
			}
			if (justification == null || justification.isEmpty()) {
				binding.rejectValue("justification", "risk.review.error.justification");
			}
			else if (justification.length() > MAX_JUSTIFICATION) {
				binding.rejectValue("justification", "risk.review.error.justificationLength");
			}
		}
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return detail(id, form, model);
		}
		if (form.getDecision() == RiskDecision.ACCEPT) {
			this.risks.accept(id);
		}
		else {
			this.risks.override(id, form.getTier(), justification);
		}
		Flash.success(redirect, "risk.review.saved", risk.vendorName());
		return "redirect:/risk/vendors/" + id;
	}

	/** The vendor page's risk section (loaded by htmx). */
	@GetMapping("/vendors/{id}/risk")
	String section(@PathVariable long id, Model model) {
		this.vendors.getSummary(id);
		model.addAttribute("vendorId", id);
		model.addAttribute("risk", this.risks.forVendor(id).orElse(null));
		return "risk/vendor :: section";
	}

	private String detail(long id, ReviewForm form, Model model) {
		VendorRiskView risk = this.risks.forVendor(id).orElseThrow(() -> new NotFoundException("Risk score of vendor", id));
		List<RiskSnapshot> history = this.risks.history(id, HISTORY);
		model.addAttribute("risk", risk);
		model.addAttribute("history", history);
		model.addAttribute("chart", RiskChart.of(history, this.clock.today(), this.risks.settings()));
		model.addAttribute("reviews", this.risks.reviews(id));
		model.addAttribute("settings", this.risks.settings());
		model.addAttribute("tiers", tiersHighFirst());
		model.addAttribute("reviewForm", form);
		return "risk/detail";
	}

	private static List<RiskTier> tiersHighFirst() {
		return List.of(RiskTier.CRITICAL, RiskTier.HIGH, RiskTier.MEDIUM, RiskTier.LOW);
	}

}
