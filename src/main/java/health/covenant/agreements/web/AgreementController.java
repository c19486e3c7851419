package health.covenant.agreements.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import health.covenant.agreements.AgreementDocumentKind;
import health.covenant.agreements.AgreementKind;
import health.covenant.agreements.AgreementQueries;
import health.covenant.agreements.AgreementQuery;
import health.covenant.agreements.AgreementRow;
import health.covenant.agreements.AgreementRuleException;
import health.covenant.agreements.AgreementSearch;
import health.covenant.agreements.AgreementService;
import health.covenant.agreements.AgreementStatus;
import health.covenant.agreements.AgreementView;
import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.agreements.ClauseLine;
import health.covenant.agreements.ClauseStatus;
import health.covenant.agreements.GapKind;
import health.covenant.agreements.ComplianceGap;
import health.covenant.agreements.ComplianceGapService;
import health.covenant.agreements.RuleViolation;
import health.covenant.documents.DocumentRejectedException;
import health.covenant.documents.DocumentService;
import health.covenant.documents.DocumentSummary;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.Paging;
import health.covenant.shared.web.Flash;
import health.covenant.shared.web.PageLinks;
import health.covenant.vendors.VendorService;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** Agreement pages: list (with a page of compliance gaps), detail, create/edit, new version, clause checklist, documents. */
@Controller
@RequestMapping("/agreements")
@PreAuthorize("isAuthenticated()")
class AgreementController {

	static final int PAGE_SIZE = 25;

	private final AgreementService agreements;

	private final AgreementQueries queries;

	private final AgreementSearch search;

	private final ComplianceGapService gaps;

	private final VendorService vendors;

	private final DocumentService documents;

	private final UserService users;

	AgreementController(AgreementService agreements, AgreementQueries queries, AgreementSearch search, ComplianceGapService gaps,
			VendorService vendors, DocumentService documents, UserService users) {
		this.agreements = agreements;
		this.queries = queries;
		this.search = search;
		this.gaps = gaps;
		this.vendors = vendors;
		this.documents = documents;
		this.users = users;
	}

	@GetMapping
	String list(@RequestParam(required = false) AgreementKind kind,
			@RequestParam(required = false) AgreementStatus status,
			@RequestParam(required = false) Integer within, @RequestParam(defaultValue = "false") boolean missing,
			@RequestParam(required = false) Long owner, @RequestParam(required = false) Long vendorId,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page, HtmxRequest htmx,
			Model model) {
		AgreementQuery query = new AgreementQuery(kind, status, within, missing, owner, vendorId, sort);
		Page<AgreementRow> rows = this.search.search(query,
				Paging.request(page, PAGE_SIZE));
		model.addAttribute("query", query);
		model.addAttribute("rows", rows);
		model.addAttribute("pageLinks", PageLinks.of(rows, PageLinks.currentQuery()));
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("owners", this.queries.possibleOwners());
		model.addAttribute("filterVendor",
				vendorId == null ? null : this.vendors.findSummary(vendorId).orElse(null));
		if (htmx.isHtmxRequest()) {
			return "agreements/list :: results";
		}
		gapPanel(null, 1, ServletUriComponentsBuilder.fromCurrentContextPath().path("/agreements/gaps"), model);
		return "agreements/list";
	}

	/** One page of the compliance gaps (the panel of the list page; a page of its own without htmx). */
	@GetMapping("/gaps")
	String gaps(@RequestParam(required = false) GapKind kind, @RequestParam(defaultValue = "1") int page,
			HtmxRequest htmx, Model model) {
		gapPanel(kind, page, PageLinks.currentQuery(), model);
		return htmx.isHtmxRequest() ? "agreements/gaps :: panelBody" : "agreements/gaps";
	}

	private void gapPanel(GapKind kind, int page, UriComponentsBuilder links, Model model) {
		Page<ComplianceGap> gapPage = this.gaps.page(kind, Paging.request(page, PAGE_SIZE));
		model.addAttribute("gapPage", gapPage);
		model.addAttribute("gapLinks", PageLinks.of(gapPage, links));
		model.addAttribute("gapKind", kind);
		model.addAttribute("gapKinds", GapKind.values());
	}

	@GetMapping("/new")
	@PreAuthorize(AgreementService.EDITORS)
	String newForm(@RequestParam long vendorId, @RequestParam(required = false) AgreementKind kind, Model model) {
		AgreementForm form = new AgreementForm();
		form.setVendorId(vendorId);
		if (kind != null) {
			form.setKind(kind);
		}
		this.users.current()
			.filter((user) -> this.queries.possibleOwners().stream().anyMatch((o) -> o.id() == user.id()))
			.ifPresent((user) -> form.setOwnerId(user.id()));
		return form(form, null, model);
	}

	@PostMapping
	@PreAuthorize(AgreementService.EDITORS)
	String create(@Valid @ModelAttribute("agreementForm") AgreementForm form, BindingResult binding,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "documentKind", defaultValue = "SIGNED") AgreementDocumentKind documentKind,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		if (form.getVendorId() == null) {
			return "redirect:/vendors";
		}
		this.vendors.getSummary(form.getVendorId());
		AgreementService.Upload upload = null;
		DocumentRejectedException fileError = null;
		if (file != null && !file.isEmpty()) {
			try {
				this.documents.checkSize(file.getSize());
				upload = new AgreementService.Upload(documentKind, file.getOriginalFilename(), file.getBytes());
			}
			catch (DocumentRejectedException ex) {
				fileError = ex;
			}
		}
		if (binding.hasErrors() || fileError != null) {
			model.addAttribute("fileError", fileError);
			// the file's message is not in the binding result: an invalid form all the same
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(form, null, model);
		}
		long id;
		try {
			id = this.agreements.create(form.getVendorId(), form.toDetails(), upload);
		}
		catch (AgreementRuleException ex) {
			reject(binding, ex.violations());
			return form(form, null, model);
		}
		catch (DocumentRejectedException ex) {
			model.addAttribute("fileError", ex);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(form, null, model);
		}
		Flash.success(redirect, "agreement.created");
		return "redirect:/agreements/" + id;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		AgreementView view = this.queries.get(id);
		model.addAttribute("agreement", view);
		model.addAttribute("checklist", view.kind().isBaa() ? this.queries.checklist(id) : List.of());
		model.addAttribute("documents", this.queries.documents(id));
		model.addAttribute("documentsDeletable", this.queries.documentsDeletable(id));
		model.addAttribute("documentKinds", AgreementDocumentKind.values());
		model.addAttribute("maxUpload", this.documents.maxSizeLabel());
		return "agreements/detail";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(AgreementService.EDITORS)
	String editForm(@PathVariable long id, Model model) {
		AgreementView view = this.queries.get(id);
		return form(AgreementForm.of(view), view, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(AgreementService.EDITORS)
	String update(@PathVariable long id, @Valid @ModelAttribute("agreementForm") AgreementForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		AgreementView view = this.queries.get(id);
		form.setVendorId(view.vendorId());
		if (binding.hasErrors()) {
			return form(form, view, model);
		}
		try {
			this.agreements.update(id, form.getVersion(), form.toDetails());
		}
		catch (AgreementRuleException ex) {
			reject(binding, ex.violations());
			return form(form, view, model);
		}
		catch (ConcurrentEditException ex) {
			binding.reject("form.conflict");
			return form(form, view, model);
		}
		Flash.success(redirect, "agreement.saved");
		return "redirect:/agreements/" + id;
	}

	@PostMapping("/{id}/new-version")
	@PreAuthorize(AgreementService.EDITORS)
	String newVersion(@PathVariable long id, RedirectAttributes redirect) {
		try {
			long version = this.agreements.newVersion(id);
			Flash.success(redirect, "agreement.versionStarted");
			return "redirect:/agreements/" + version + "/edit";
		}
		catch (AgreementRuleException ex) {
			Flash.error(redirect, ex.violations().get(0).messageKey());
			return "redirect:/agreements/" + id;
		}
	}

	@PostMapping("/{id}/clauses/{code}")
	@PreAuthorize(AgreementService.EDITORS)
	String updateClause(@PathVariable long id, @PathVariable String code, @RequestParam ClauseStatus status,
			@RequestParam(required = false) String note, @RequestParam(required = false) String sectionRef,
			HtmxRequest htmx, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ClauseLine line;
		try {
			line = this.agreements.updateClause(id, code, status, note, sectionRef);
		}
		catch (AgreementRuleException ex) {
			RuleViolation violation = ex.violations().get(0);
			if (!htmx.isHtmxRequest()) {
				Flash.error(redirect, violation.messageKey(), violation.argsArray());
				return "redirect:/agreements/" + id + "#clause-" + code;
			}
			// the row again with the user's choice and the message at its field, as an invalid form
			ClauseLine stored = this.queries.clause(id, code);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("agreement", this.queries.get(id));
			model.addAttribute("line", new ClauseLine(stored.clause(), status, note, sectionRef, stored.updatedBy(),
					stored.updatedAt()));
			model.addAttribute("clauseError", violation);
			return "agreements/detail :: clauseUpdate";
		}
		if (!htmx.isHtmxRequest()) {
			Flash.success(redirect, "agreement.clause.saved", code);
			return "redirect:/agreements/" + id + "#clause-" + code;
		}
		AgreementView view = this.queries.get(id);
		model.addAttribute("agreement", view);
		model.addAttribute("line", line);
		model.addAttribute("saved", true);
		return "agreements/detail :: clauseUpdate";
	}

	@PostMapping("/{id}/phi-returned")
	@PreAuthorize(AgreementService.EDITORS)
	String recordPhiReturned(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate phiReturnedOn,
			RedirectAttributes redirect) {
		try {
			this.agreements.recordPhiReturned(id, phiReturnedOn);
			Flash.success(redirect, "agreement.phiReturned.saved");
		}
		catch (AgreementRuleException ex) {
			Flash.error(redirect, ex.violations().get(0).messageKey());
		}
		return "redirect:/agreements/" + id + "#phi-return";
	}

	@PostMapping("/{id}/documents")
	@PreAuthorize(AgreementService.EDITORS)
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "documentKind", defaultValue = "SIGNED") AgreementDocumentKind documentKind,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new DocumentRejectedException(DocumentRejectedException.Reason.EMPTY);
			}
			this.documents.checkSize(file.getSize());
			DocumentSummary stored = this.agreements.upload(id, documentKind, file.getOriginalFilename(),
					file.getBytes());
			Flash.success(redirect, "documents.uploaded", stored.fileName());
		}
		catch (DocumentRejectedException ex) {
			redirect.addFlashAttribute("flash",
					new Flash(Flash.Level.ERROR, ex.messageKey(), Arrays.asList(ex.args())));
		}
		return "redirect:/agreements/" + id + "#documents";
	}

	@PostMapping("/{id}/documents/{documentId}/delete")
	@PreAuthorize(AgreementService.EDITORS)
	String deleteDocument(@PathVariable long id, @PathVariable long documentId, RedirectAttributes redirect) {
		try {
			DocumentSummary deleted = this.agreements.deleteDocument(id, documentId);
			Flash.success(redirect, "documents.deleted", deleted.fileName());
		}
		catch (health.covenant.documents.DocumentRetainedException ex) {
			Flash.error(redirect, "documents.rejected.retained");
		}
		return "redirect:/agreements/" + id + "#documents";
	}

	private String form(AgreementForm form, AgreementView view, Model model) {
		model.addAttribute("agreementForm", form);
		model.addAttribute("agreement", view);
		model.addAttribute("vendor", this.vendors.getSummary(form.getVendorId()));
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("statuses",
				view == null ? AgreementStatus.initial() : view.status().choices());
		model.addAttribute("units", BreachNoticeUnit.values());
		List<UserSummary> owners = this.queries.possibleOwners();
		model.addAttribute("owners", owners);
		model.addAttribute("documentKinds", AgreementDocumentKind.values());
		model.addAttribute("maxUpload", this.documents.maxSizeLabel());
		return "agreements/form";
	}

	private static void reject(BindingResult binding, List<RuleViolation> violations) {
		for (RuleViolation violation : violations) {
			if (violation.field() == null) {
				binding.reject(violation.messageKey(), violation.argsArray(), null);
			}
			else {
				binding.rejectValue(violation.field(), violation.messageKey(), violation.argsArray(), null);
			}
		}
	}

}
