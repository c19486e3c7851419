package health.covenant.incidents.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import health.covenant.incidents.IncidentKind;
import health.covenant.incidents.IncidentQueries;
import health.covenant.incidents.IncidentQuery;
import health.covenant.incidents.IncidentRow;
import health.covenant.incidents.IncidentRuleException;
import health.covenant.incidents.IncidentService;
import health.covenant.incidents.IncidentStatus;
import health.covenant.incidents.IncidentView;
import health.covenant.incidents.IncidentViolation;
import health.covenant.incidents.NoticeAudience;
import health.covenant.incidents.RiskConclusion;
import health.covenant.incidents.UsStates;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.Paging;
import health.covenant.shared.web.Dates;
import health.covenant.shared.web.Flash;
import health.covenant.shared.web.PageLinks;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /incidents}: the list for every signed-in role (25 a page; open, vendor, kind, deadlines within N
 * days, SLA missed; soonest deadline first), an incident's page (timeline of every date and deadline, what
 * the vendor owed, what we owe to whom by when, the risk assessment and the notices given) and the
 * record/edit form (security officers, legal, administrators).
 */
@Controller
@RequestMapping("/incidents")
@PreAuthorize("isAuthenticated()")
class IncidentController {

	static final int PAGE_SIZE = 25;

	/** Longer vendor names are not looked up (no vendor is called that). */
	private static final int MAX_NAME = 200;

	private final IncidentService incidents;

	private final IncidentQueries queries;

	private final VendorService vendors;

	private final Dates dates;

	private final OrganisationClock clock;

	IncidentController(IncidentService incidents, IncidentQueries queries, VendorService vendors, Dates dates,
			OrganisationClock clock) {
		this.incidents = incidents;
		this.queries = queries;
		this.vendors = vendors;
		this.dates = dates;
		this.clock = clock;
	}

	/** The list's filters as its links and form write them. */
	record Filter(boolean open, Long vendor, String vendorName, IncidentKind kind, Integer within,
			boolean slaMissed) {
	}

	/** A refused notice: which deadline, and the message. */
	record NoticeError(String key, String messageKey, Object[] args) {
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) Long vendor,
			@RequestParam(required = false) String vendorName, @RequestParam(required = false) IncidentKind kind,
			@RequestParam(required = false) Integer within, @RequestParam(defaultValue = "false") boolean slaMissed,
			@RequestParam(defaultValue = "1") int page, HtmxRequest htmx, Model model) {
		VendorSummary chosen = vendor != null ? this.vendors.findSummary(vendor).orElse(null)
				: (vendorName == null || vendorName.isBlank() || vendorName.length() > MAX_NAME ? null
						: this.vendors.findByName(vendorName.strip()).orElse(null));
		boolean unknownVendor = chosen == null && (vendor != null || (vendorName != null && !vendorName.isBlank()));
		Integer days = within == null ? null : Math.max(0, Math.min(within, 3660));
		Long vendorId = chosen == null ? null : chosen.id();
		model.addAttribute("filter", new Filter(open, vendorId,
				chosen != null ? chosen.name() : (vendorName == null ? null : vendorName.strip()), kind, days, slaMissed));
		model.addAttribute("unknownVendor", unknownVendor);
		model.addAttribute("kinds", IncidentKind.values());
		Page<IncidentRow> rows = unknownVendor ? new PageImpl<>(List.of(), Paging.request(page, PAGE_SIZE), 0)
				: this.queries.page(new IncidentQuery(open, vendorId, kind, days, slaMissed),
						Paging.request(page, PAGE_SIZE));
		model.addAttribute("rows", rows);
		model.addAttribute("today", this.clock.today());
		model.addAttribute("pageLinks", PageLinks.of(rows, PageLinks.currentQuery()));
		return htmx.isHtmxRequest() ? "incidents/list :: results" : "incidents/list";
	}

	@GetMapping("/new")
	@PreAuthorize(IncidentService.EDITORS)
	String newForm(@RequestParam long vendorId, Model model) {
		IncidentForm form = new IncidentForm();
		form.setVendorId(vendorId);
		form.setReportedOn(this.clock.today());
		return form(form, null, model);
	}

	@PostMapping
	@PreAuthorize(IncidentService.EDITORS)
	String create(@ModelAttribute("incidentForm") IncidentForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (form.getVendorId() == null) {
			return "redirect:/vendors";
		}
		this.vendors.getSummary(form.getVendorId());
		if (!binding.hasErrors()) {
			reject(binding, this.incidents.check(form.toDetails()));
		}
		if (binding.hasErrors()) {
			return invalid(form, null, model, response);
		}
		long id;
		try {
			id = this.incidents.record(form.getVendorId(), form.toDetails());
		}
		catch (IncidentRuleException ex) {
			reject(binding, ex.violations());
			return invalid(form, null, model, response);
		}
		Flash.success(redirect, "incident.created");
		return "redirect:/incidents/" + id;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		IncidentView view = this.queries.get(id);
		return detail(view, RiskForm.of(view), null, model);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(IncidentService.EDITORS)
	String editForm(@PathVariable long id, Model model) {
		IncidentView view = this.queries.get(id);
		return form(IncidentForm.of(view), view, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(IncidentService.EDITORS)
	String update(@PathVariable long id, @ModelAttribute("incidentForm") IncidentForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		IncidentView view = this.queries.get(id);
		form.setVendorId(view.vendorId());
		if (!binding.hasErrors()) {
			reject(binding, this.incidents.check(form.toDetails()));
		}
		if (binding.hasErrors()) {
			return invalid(form, view, model, response);
		}
		try {
			this.incidents.update(id, form.getVersion(), form.toDetails());
		}
		catch (IncidentRuleException ex) {
			reject(binding, ex.violations());
			return invalid(form, view, model, response);
		}
		catch (ConcurrentEditException ex) {
			binding.reject("form.conflict");
			return invalid(form, view, model, response);
		}
		Flash.success(redirect, "incident.saved");
		return "redirect:/incidents/" + id;
	}

	@PostMapping("/{id}/assessment")
	@PreAuthorize(IncidentService.EDITORS)
	String assess(@PathVariable long id, @ModelAttribute("riskForm") RiskForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (!binding.hasErrors()) {
			reject(binding, this.incidents.check(form.toAssessment()));
		}
		if (!binding.hasErrors()) {
			try {
				this.incidents.assess(id, form.getVersion(), form.toAssessment());
				Flash.success(redirect, "incident.assessed");
				return "redirect:/incidents/" + id + "#risk";
			}
			catch (IncidentRuleException ex) {
				reject(binding, ex.violations());
			}
			catch (ConcurrentEditException ex) {
				binding.reject("form.conflict");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return detail(this.queries.get(id), form, null, model);
	}

	@PostMapping("/{id}/notices")
	@PreAuthorize(IncidentService.EDITORS)
	String notice(@PathVariable long id, @RequestParam NoticeAudience audience,
			@RequestParam(required = false) String state,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate notifiedOn,
			@RequestParam(defaultValue = "false") boolean clear, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		String key = audience == NoticeAudience.STATE ? "state:" + UsStates.normalise(state)
				: audience.name().toLowerCase(java.util.Locale.ROOT);
		if (clear) {
			// a notice recorded by mistake: the deadline is open again (audited as cleared)
			try {
				this.incidents.recordNotice(id, audience, state, null);
			}
			catch (IncidentRuleException ex) {
				IncidentViolation first = ex.violations().get(0);
				return noticeRefused(id, new NoticeError(key, first.messageKey(), args(first)), model, response);
			}
			Flash.success(redirect, "incident.noticeCleared");
			return "redirect:/incidents/" + id + "#notices";
		}
		if (notifiedOn == null) {
			return noticeRefused(id, new NoticeError(key, "incident.rule.dateRequired", new Object[0]), model, response);
		}
		try {
			this.incidents.recordNotice(id, audience, state, notifiedOn);
		}
		catch (IncidentRuleException ex) {
			IncidentViolation first = ex.violations().get(0);
			return noticeRefused(id, new NoticeError(key, first.messageKey(), args(first)), model, response);
		}
		Flash.success(redirect, "incident.noticeSaved");
		return "redirect:/incidents/" + id + "#notices";
	}

	private String noticeRefused(long id, NoticeError error, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		IncidentView view = this.queries.get(id);
		return detail(view, RiskForm.of(view), error, model);
	}

	private String detail(IncidentView view, RiskForm riskForm, NoticeError noticeError, Model model) {
		model.addAttribute("incident", view);
		model.addAttribute("riskForm", riskForm);
		model.addAttribute("conclusions", RiskConclusion.values());
		model.addAttribute("noticeError", noticeError);
		return "incidents/detail";
	}

	private String invalid(IncidentForm form, IncidentView view, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(form, view, model);
	}

	private String form(IncidentForm form, IncidentView view, Model model) {
		model.addAttribute("incidentForm", form.padded());
		model.addAttribute("incident", view);
		model.addAttribute("vendor", this.vendors.getSummary(form.getVendorId()));
		model.addAttribute("kinds", IncidentKind.values());
		model.addAttribute("statuses", IncidentStatus.values());
		model.addAttribute("stateCodes", UsStates.CODES);
		return "incidents/form";
	}

	/** Rule violations next to their fields; dates in the messages written as the pages write them. */
	private void reject(BindingResult binding, List<IncidentViolation> violations) {
		for (IncidentViolation violation : violations) {
			Object[] args = args(violation);
			if (violation.field() == null) {
				binding.reject(violation.messageKey(), args, null);
			}
			else if (binding.getFieldErrorCount(violation.field()) == 0) {
				binding.rejectValue(violation.field(), violation.messageKey(), args, null);
			}
		}
	}

	private Object[] args(IncidentViolation violation) {
		return violation.args().stream().map((arg) -> arg instanceof LocalDate day ? this.dates.date(day) : arg).toArray();
	}

}
