package health.covenant.assessments.web;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import health.covenant.assessments.AssessmentEvidence;
import health.covenant.assessments.AssessmentIncompleteException;
import health.covenant.assessments.AssessmentKind;
import health.covenant.assessments.AssessmentQuery;
import health.covenant.assessments.AssessmentRuleException;
import health.covenant.assessments.AssessmentScheduleService;
import health.covenant.assessments.AssessmentService;
import health.covenant.assessments.AssessmentSort;
import health.covenant.assessments.AssessmentStatus;
import health.covenant.assessments.AssessmentTrigger;
import health.covenant.assessments.AssessmentViews;
import health.covenant.documents.DocumentRejectedException;
import health.covenant.documents.DocumentService;
import health.covenant.documents.DocumentSummary;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.Paging;
import health.covenant.shared.web.Flash;
import health.covenant.shared.web.OwnerFilter;
import health.covenant.shared.web.PageLinks;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assessments: the list (filters by vendor, kind, status, overdue and assessor, sorted both ways from the
 * column headers, 25 a page) and the questionnaire (everyone signed in reads), start (SECURITY_OFFICER,
 * ADMIN; PROCUREMENT the INITIAL one of a vendor it registered), answer a section (htmx or a plain POST),
 * attach or remove evidence documents, complete, start the next one and the vendor's cadence
 * (SECURITY_OFFICER, ADMIN), and the vendor page section.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class AssessmentController {

	static final int PAGE_SIZE = 25;

	private static final int MAX_NAME = 200;

	/** The columns the list sorts by, as {@link AssessmentSort} names them. */
	private static final String[] SORTABLE = { "vendor", "status", "due", "completed", "score" };

	private final AssessmentService assessments;

	private final AssessmentScheduleService schedules;

	private final VendorService vendors;

	private final UserService users;

	private final OrganisationClock clock;

	private final AssessmentEvidence evidence;

	private final DocumentService documents;

	AssessmentController(AssessmentService assessments, AssessmentScheduleService schedules, VendorService vendors,
			UserService users, OrganisationClock clock, AssessmentEvidence evidence, DocumentService documents) {
		this.evidence = evidence;
		this.documents = documents;
		this.assessments = assessments;
		this.schedules = schedules;
		this.vendors = vendors;
		this.users = users;
		this.clock = clock;
	}

	/** The filters and order as the form shows them ({@code assessor}: the {@link OwnerFilter}'s param). */
	record Filter(Long vendor, String vendorName, AssessmentKind kind, AssessmentStatus status, boolean overdue,
			String assessor, AssessmentSort sort) {
	}

	@GetMapping("/assessments")
	String list(@RequestParam(required = false) Long vendor, @RequestParam(required = false) String vendorName,
			@RequestParam(required = false) AssessmentKind kind, @RequestParam(required = false) AssessmentStatus status,
			@RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "any") OwnerFilter assessor,
			@RequestParam(required = false) AssessmentSort sort, @RequestParam(defaultValue = "1") int page,
			HtmxRequest htmx, Model model) {
		AssessmentSort order = sort == null ? AssessmentSort.DUE : sort;
		UriComponentsBuilder base = PageLinks.currentQuery();
		String typed = vendorName == null || vendorName.isBlank() ? null : vendorName.strip();
		Optional<VendorSummary> chosen = vendor != null ? this.vendors.findSummary(vendor)
				: typed == null || typed.length() > MAX_NAME ? Optional.empty() : this.vendors.findByName(typed);
		boolean unknownVendor = typed != null && chosen.filter((v) -> v.name().equalsIgnoreCase(typed)).isEmpty();
		Filter filter = new Filter(chosen.map(VendorSummary::id).orElse(typed == null ? vendor : null),
				chosen.map(VendorSummary::name).orElse(typed), kind, status, overdue, assessor.param(), order);
		model.addAttribute("filter", filter);
		model.addAttribute("assessors", this.assessments.assessors()
			.stream()
			.collect(Collectors.toMap(UserSummary::id, UserSummary::displayName, (a, b) -> a, LinkedHashMap::new)));
		model.addAttribute("sortLinks", PageLinks.sortLinks(base, order.param(), SORTABLE));
		model.addAttribute("htmxRequest", htmx.isHtmxRequest());
		model.addAttribute("unknownVendor", unknownVendor);
		model.addAttribute("kinds", AssessmentKind.values());
		model.addAttribute("statuses", AssessmentStatus.values());
		model.addAttribute("today", this.clock.today());
		if (unknownVendor) {
			model.addAttribute("rows", Page.empty());
			model.addAttribute("vendorNames", Map.of());
			model.addAttribute("pageLinks", null);
		}
		else {
			Page<AssessmentViews.Summary> rows = this.assessments.page(new AssessmentQuery(filter.vendor(), kind, status,
					overdue, assessor.userIdFor(this.users.current().map(UserSummary::id)), order),
					Paging.request(page, PAGE_SIZE));
			model.addAttribute("rows", rows);
			model.addAttribute("vendorNames",
					vendorNames(rows.getContent().stream().map(AssessmentViews.Summary::vendorId).toList()));
			model.addAttribute("pageLinks", PageLinks.of(rows, base));
		}
		return htmx.isHtmxRequest() ? "assessments/list :: results" : "assessments/list";
	}

	@GetMapping("/assessments/new")
	@PreAuthorize(AssessmentService.STARTERS)
	String startForm(@RequestParam long vendorId, Model model) {
		List<AssessmentKind> kinds = this.assessments.startableKinds(vendorId);
		if (kinds.isEmpty()) {
			throw new AccessDeniedException("procurement starts only the initial assessment of a vendor it registered");
		}
		StartForm form = new StartForm();
		form.setKind(kinds.get(0));
		form.setVendorId(vendorId);
		form.setDueOn(this.clock.today().plusDays(this.assessments.policy().firstDueDays()));
		this.users.current().filter((u) -> this.assessments.assessors().stream().anyMatch((a) -> a.id() == u.id()))
			.ifPresent((u) -> form.setAssessorId(u.id()));
		return startPage(form, model);
	}

	@PostMapping("/assessments")
	@PreAuthorize(AssessmentService.STARTERS)
	String start(@Valid @ModelAttribute("startForm") StartForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (form.getVendorId() == null) {
			return "redirect:/vendors";
		}
		List<AssessmentKind> startable = this.assessments.startableKinds(form.getVendorId());
		if (startable.isEmpty() || (form.getKind() != null && !startable.contains(form.getKind()))) {
			throw new AccessDeniedException("procurement starts only the initial assessment of a vendor it registered");
		}
		if (binding.hasErrors()) {
			return startPage(form, model);
		}
		long id;
		try {
			id = this.assessments.start(form.toStart());
		}
		catch (AssessmentRuleException ex) {
			binding.rejectValue(ex.field(), ex.messageKey());
			return startPage(form, model);
		}
		Flash.success(redirect, "assessments.started.flash");
		return "redirect:/assessments/" + id;
	}

	@GetMapping("/assessments/{id}")
	String detail(@PathVariable long id, @RequestParam(defaultValue = "false") boolean unanswered, Model model) {
		return detailPage(id, unanswered, model);
	}

	@PostMapping("/assessments/{id}/sections/{section}")
	@PreAuthorize(AssessmentService.EDITORS)
	String saveSection(@PathVariable long id, @PathVariable String section, @ModelAttribute SectionForm form,
			@RequestParam(defaultValue = "false") boolean unanswered, HtmxRequest htmx, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		int changed;
		try {
			changed = this.assessments.saveSection(id, section, form.toInputs());
		}
		catch (AssessmentRuleException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", ex.messageKey());
			return detailPage(id, unanswered, model);
		}
		if (htmx.isHtmxRequest()) {
			detailPage(id, unanswered, model);
			model.addAttribute("savedSection", section);
			model.addAttribute("savedCount", changed);
			return "assessments/detail :: sectionSaved";
		}
		Flash.success(redirect, "assessments.section.saved.flash", changed);
		return "redirect:/assessments/" + id + (unanswered ? "?unanswered=true" : "") + "#section-" + section;
	}

	@PostMapping("/assessments/{id}/evidence")
	@PreAuthorize(AssessmentService.EDITORS)
	String attachEvidence(@PathVariable long id, @RequestParam(required = false) String questionCode,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		String section = this.assessments.sectionOf(id, questionCode);
		try {
			if (file == null || file.isEmpty()) {
				throw new DocumentRejectedException(DocumentRejectedException.Reason.EMPTY);
			}
			this.documents.checkSize(file.getSize());
			DocumentSummary stored = this.evidence.attach(id, questionCode, file.getOriginalFilename(), file.getBytes());
			Flash.success(redirect, "assessments.evidence.attached", stored.fileName(), questionCode);
		}
		catch (DocumentRejectedException ex) {
			Flash.error(redirect, ex.messageKey(), ex.args());
		}
		catch (AssessmentRuleException ex) {
			Flash.error(redirect, ex.messageKey());
		}
		return "redirect:/assessments/" + id + (section == null ? "" : "#section-" + section);
	}

	@PostMapping("/assessments/{id}/evidence/remove")
	@PreAuthorize(AssessmentService.EDITORS)
	String removeEvidence(@PathVariable long id, @RequestParam long documentId, RedirectAttributes redirect) {
		try {
			Flash.success(redirect, "assessments.evidence.removed", this.evidence.remove(id, documentId));
		}
		catch (AssessmentRuleException ex) {
			Flash.error(redirect, ex.messageKey());
		}
		return "redirect:/assessments/" + id;
	}

	@PostMapping("/assessments/{id}/complete")
	@PreAuthorize(AssessmentService.EDITORS)
	String complete(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.assessments.complete(id, version);
		}
		catch (AssessmentIncompleteException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("incomplete", ex.result());
			return detailPage(id, false, model);
		}
		catch (ConcurrentEditException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", "form.conflict");
			return detailPage(id, false, model);
		}
		catch (AssessmentRuleException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", ex.messageKey());
			return detailPage(id, false, model);
		}
		Flash.success(redirect, "assessments.completed.flash");
		return "redirect:/assessments/" + id;
	}

	@PostMapping("/assessments/{id}/next")
	@PreAuthorize(AssessmentService.EDITORS)
	String next(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		long next;
		try {
			next = this.assessments.startNext(id);
		}
		catch (AssessmentRuleException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", ex.messageKey());
			return detailPage(id, false, model);
		}
		Flash.success(redirect, "assessments.next.flash");
		return "redirect:/assessments/" + next;
	}

	@GetMapping("/assessments/cadence/{vendorId}")
	@PreAuthorize(AssessmentService.EDITORS)
	String cadenceForm(@PathVariable long vendorId, Model model) {
		AssessmentService.Cadence cadence = this.assessments.cadence(vendorId);
		CadenceForm form = new CadenceForm();
		form.setMonths(cadence.overrideMonths());
		form.setReason(cadence.overrideReason());
		form.setVersion(cadence.version());
		return cadencePage(vendorId, form, model);
	}

	@PostMapping("/assessments/cadence/{vendorId}")
	@PreAuthorize(AssessmentService.EDITORS)
	String setCadence(@PathVariable long vendorId, @Valid @ModelAttribute("cadenceForm") CadenceForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return cadencePage(vendorId, form, model);
		}
		try {
			this.assessments.changeCadence(vendorId, form.getVersion(), form.getMonths(), form.getReason());
		}
		catch (AssessmentRuleException ex) {
			binding.rejectValue(ex.field(), ex.messageKey());
			return cadencePage(vendorId, form, model);
		}
		catch (ConcurrentEditException ex) {
			binding.reject("form.conflict");
			return cadencePage(vendorId, form, model);
		}
		Flash.success(redirect, "assessments.cadence.saved");
		return "redirect:/vendors/" + vendorId;
	}

	@GetMapping("/vendors/{id}/assessments")
	String section(@PathVariable long id, HtmxRequest htmx, Model model) {
		VendorSummary vendor = this.vendors.getSummary(id);
		if (!htmx.isHtmxRequest()) {
			return "redirect:/assessments?vendor=" + id;
		}
		List<AssessmentViews.Summary> all = this.assessments.forVendor(id);
		model.addAttribute("vendor", vendor);
		model.addAttribute("standing", this.schedules.forVendor(id).orElse(null));
		model.addAttribute("assessments", all.stream().limit(10).toList());
		model.addAttribute("cadence", this.assessments.cadence(id));
		model.addAttribute("mayStart", !this.assessments.startableKinds(id).isEmpty());
		model.addAttribute("today", this.clock.today());
		return "assessments/section :: section";
	}

	private String detailPage(long id, boolean unanswered, Model model) {
		AssessmentViews.Detail detail = this.assessments.detail(id);
		model.addAttribute("assessment", detail.summary());
		model.addAttribute("detail", detail);
		model.addAttribute("vendor", this.vendors.getSummary(detail.summary().vendorId()));
		model.addAttribute("assessor", detail.summary().assessorId() == null ? null
				: this.users.findById(detail.summary().assessorId()).orElse(null));
		model.addAttribute("unansweredOnly", unanswered);
		model.addAttribute("answerValues", health.covenant.assessments.AnswerValue.values());
		model.addAttribute("evidence", this.evidence.forAssessment(id));
		model.addAttribute("maxUpload", this.documents.maxSizeLabel());
		model.addAttribute("today", this.clock.today());
		return "assessments/detail";
	}

	private String startPage(StartForm form, Model model) {
		model.addAttribute("vendor", this.vendors.getSummary(form.getVendorId()));
		model.addAttribute("startForm", form);
		model.addAttribute("kinds", this.assessments.startableKinds(form.getVendorId()));
		model.addAttribute("triggers", AssessmentTrigger.values());
		model.addAttribute("assessors", this.assessments.assessors());
		return "assessments/form";
	}

	private String cadencePage(long vendorId, CadenceForm form, Model model) {
		model.addAttribute("vendor", this.vendors.getSummary(vendorId));
		model.addAttribute("cadence", this.assessments.cadence(vendorId));
		model.addAttribute("policy", this.assessments.policy());
		model.addAttribute("cadenceForm", form);
		return "assessments/cadence";
	}

	private Map<Long, String> vendorNames(Collection<Long> ids) {
		return this.vendors.findSummaries(ids.stream().distinct().toList())
			.stream()
			.collect(Collectors.toMap(VendorSummary::id, VendorSummary::name, (a, b) -> a, LinkedHashMap::new));
	}


}
