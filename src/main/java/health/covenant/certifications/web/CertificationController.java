package health.covenant.certifications.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import health.covenant.certifications.AssuranceFilter;
import health.covenant.certifications.CertificationDocumentKind;
import health.covenant.certifications.CertificationQuery;
import health.covenant.certifications.CertificationRow;
import health.covenant.certifications.CertificationRuleException;
import health.covenant.certifications.CertificationService;
import health.covenant.certifications.CertificationStateService;
import health.covenant.certifications.CertificationType;
import health.covenant.certifications.CertificationView;
import health.covenant.certifications.CertificationViolation;
import health.covenant.certifications.MissingAssurance;
import health.covenant.certifications.ServiceCoverage;
import health.covenant.certifications.audits.AuditScheduleService;
import health.covenant.documents.DocumentRejectedException;
import health.covenant.documents.DocumentRetainedException;
import health.covenant.documents.DocumentService;
import health.covenant.documents.DocumentSummary;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.Paging;
import health.covenant.shared.web.Dates;
import health.covenant.shared.web.Flash;
import health.covenant.shared.web.PageLinks;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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

/**
 * {@code /certifications}: the list for every signed-in role (25 a page, filters, soonest lapse
 * first; the "missing" filter lists the PHI vendors in service without current assurance), a
 * certification's page with the rule that applied and its documents, and the add/edit form
 * (security officers and administrators; procurement may add a report it received, unverified and
 * without a file, since documents are not for procurement).
 */
@Controller
@RequestMapping("/certifications")
@PreAuthorize("isAuthenticated()")
class CertificationController {

	static final int PAGE_SIZE = 25;

	/** Longer vendor names are not looked up (no vendor is called that). */
	private static final int MAX_NAME = 200;

	private final CertificationService certifications;

	private final CertificationStateService states;

	private final VendorService vendors;

	private final DocumentService documents;

	private final Dates dates;

	private final AuditScheduleService auditSchedules;

	CertificationController(CertificationService certifications, CertificationStateService states,
			VendorService vendors, DocumentService documents, Dates dates, AuditScheduleService auditSchedules) {
		this.auditSchedules = auditSchedules;
		this.certifications = certifications;
		this.states = states;
		this.vendors = vendors;
		this.documents = documents;
		this.dates = dates;
	}

	/** The list's filters as its links and form write them. */
	record Filter(CertificationType type, AssuranceFilter state, Long vendor, String vendorName, Integer within) {
	}

	@GetMapping
	String list(@RequestParam(required = false) CertificationType type,
			@RequestParam(required = false) AssuranceFilter state, @RequestParam(required = false) Long vendor,
			@RequestParam(required = false) String vendorName,
			@RequestParam(required = false) Integer within,
			@RequestParam(defaultValue = "1") int page, HtmxRequest htmx, Model model) {
		VendorSummary chosen = vendor != null ? this.vendors.findSummary(vendor).orElse(null)
				: (vendorName == null || vendorName.isBlank() ? null
						: (vendorName.length() > MAX_NAME ? null : this.vendors.findByName(vendorName.strip()).orElse(null)));
		if (within != null) {
			within = Math.max(0, Math.min(within, 3660));
		}
		boolean unknownVendor = chosen == null && (vendor != null || (vendorName != null && !vendorName.isBlank()));
		Long vendorId = chosen == null ? null : chosen.id();
		model.addAttribute("filter", new Filter(type, state, vendorId,
				chosen != null ? chosen.name() : (vendorName == null ? null : vendorName.strip()), within));
		model.addAttribute("unknownVendor", unknownVendor);
		model.addAttribute("types", CertificationType.values());
		model.addAttribute("states", AssuranceFilter.values());
		if (state == AssuranceFilter.MISSING) {
			Page<MissingAssurance> missing = unknownVendor ? new PageImpl<>(List.of(), Paging.request(page, PAGE_SIZE), 0)
					: this.states.missing(vendorId, Paging.request(page, PAGE_SIZE));
			model.addAttribute("missing", missing);
			model.addAttribute("audits",
					this.auditSchedules.forVendors(missing.getContent().stream().map(MissingAssurance::vendorId).toList()));
			model.addAttribute("pageLinks", PageLinks.of(missing, PageLinks.currentQuery()));
		}
		else {
			Page<CertificationRow> rows = unknownVendor ? new PageImpl<>(List.of(), Paging.request(page, PAGE_SIZE), 0)
					: this.states.page(new CertificationQuery(type, state, vendorId, within),
							Paging.request(page, PAGE_SIZE));
			model.addAttribute("rows", rows);
			// each row's vendor's last audit and next audit due: one query for the page
			model.addAttribute("audits",
					this.auditSchedules.forVendors(rows.getContent().stream().map(CertificationRow::vendorId).toList()));
			model.addAttribute("pageLinks", PageLinks.of(rows, PageLinks.currentQuery()));
		}
		return htmx.isHtmxRequest() ? "certifications/list :: results" : "certifications/list";
	}

	@GetMapping("/new")
	@PreAuthorize(CertificationService.ADDERS)
	String newForm(@RequestParam long vendorId, @RequestParam(required = false) CertificationType type,
			Model model) {
		CertificationForm form = new CertificationForm();
		form.setVendorId(vendorId);
		form.setType(type);
		return form(form, null, model);
	}

	@PostMapping
	@PreAuthorize(CertificationService.ADDERS)
	String create(@Valid @ModelAttribute("certificationForm") CertificationForm form, BindingResult binding,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "documentKind", defaultValue = "REPORT") CertificationDocumentKind documentKind,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		if (form.getVendorId() == null) {
			return "redirect:/vendors";
		}
		this.vendors.getSummary(form.getVendorId());
		boolean mayVerify = this.certifications.mayVerify();
		if (!mayVerify) {
			form.setVerified(false);
		}
		CertificationService.Upload upload = null;
		DocumentRejectedException fileError = null;
		if (mayVerify && file != null && !file.isEmpty()) {
			try {
				this.documents.checkSize(file.getSize());
				upload = new CertificationService.Upload(documentKind, file.getOriginalFilename(), file.getBytes());
			}
			catch (DocumentRejectedException ex) {
				fileError = ex;
			}
		}
		if (!binding.hasErrors()) {
			reject(binding, this.certifications.check(form.toDetails()));
		}
		if (binding.hasErrors() || fileError != null) {
			model.addAttribute("fileError", fileError);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(form, null, model);
		}
		long id;
		try {
			id = this.certifications.create(form.getVendorId(), form.toDetails(), form.isVerified(), upload);
		}
		catch (CertificationRuleException ex) {
			reject(binding, ex.violations());
			return form(form, null, model);
		}
		catch (DocumentRejectedException ex) {
			model.addAttribute("fileError", ex);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(form, null, model);
		}
		Flash.success(redirect, "certification.created");
		return "redirect:/certifications/" + id;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		CertificationView view = this.certifications.get(id);
		model.addAttribute("certification", view);
		model.addAttribute("ruleDates", view.schedule().ruleDates().stream().map(this.dates::date).toArray());
		model.addAttribute("documents", this.certifications.documents(id));
		model.addAttribute("documentKinds", CertificationDocumentKind.values());
		model.addAttribute("maxUpload", this.documents.maxSizeLabel());
		return "certifications/detail";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(CertificationService.EDITORS)
	String editForm(@PathVariable long id, Model model) {
		CertificationView view = this.certifications.get(id);
		return form(CertificationForm.of(view), view, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(CertificationService.EDITORS)
	String update(@PathVariable long id, @Valid @ModelAttribute("certificationForm") CertificationForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		CertificationView view = this.certifications.get(id);
		form.setVendorId(view.vendorId());
		if (!binding.hasErrors()) {
			reject(binding, this.certifications.check(form.toDetails()));
		}
		if (binding.hasErrors()) {
			return form(form, view, model);
		}
		try {
			this.certifications.update(id, form.getVersion(), form.toDetails(), form.isVerified());
		}
		catch (CertificationRuleException ex) {
			reject(binding, ex.violations());
			return form(form, view, model);
		}
		catch (ConcurrentEditException ex) {
			binding.reject("form.conflict");
			return form(form, view, model);
		}
		Flash.success(redirect, "certification.saved");
		return "redirect:/certifications/" + id;
	}

	@PostMapping("/{id}/verify")
	@PreAuthorize(CertificationService.EDITORS)
	String verify(@PathVariable long id, RedirectAttributes redirect) {
		this.certifications.verify(id);
		Flash.success(redirect, "certification.verifiedSaved");
		return "redirect:/certifications/" + id;
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(CertificationService.EDITORS)
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		long vendorId = this.certifications.get(id).vendorId();
		this.certifications.delete(id);
		Flash.success(redirect, "certification.deleted");
		return "redirect:/vendors/" + vendorId + "#section-certifications";
	}

	@PostMapping("/{id}/documents")
	@PreAuthorize(CertificationService.EDITORS)
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "documentKind", defaultValue = "REPORT") CertificationDocumentKind documentKind,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new DocumentRejectedException(DocumentRejectedException.Reason.EMPTY);
			}
			this.documents.checkSize(file.getSize());
			DocumentSummary stored = this.certifications.upload(id, documentKind, file.getOriginalFilename(),
					file.getBytes());
			Flash.success(redirect, "documents.uploaded", stored.fileName());
		}
		catch (DocumentRejectedException ex) {
			redirect.addFlashAttribute("flash",
					new Flash(Flash.Level.ERROR, ex.messageKey(), Arrays.asList(ex.args())));
		}
		return "redirect:/certifications/" + id + "#documents";
	}

	@PostMapping("/{id}/documents/{documentId}/delete")
	@PreAuthorize(CertificationService.EDITORS)
	String deleteDocument(@PathVariable long id, @PathVariable long documentId, RedirectAttributes redirect) {
		try {
			DocumentSummary deleted = this.certifications.deleteDocument(id, documentId);
			Flash.success(redirect, "documents.deleted", deleted.fileName());
		}
		catch (DocumentRetainedException ex) {
			Flash.error(redirect, "documents.rejected.retained");
		}
		return "redirect:/certifications/" + id + "#documents";
	}

	private String form(CertificationForm form, CertificationView view, Model model) {
		model.addAttribute("certificationForm", form);
		model.addAttribute("certification", view);
		model.addAttribute("vendor", this.vendors.getSummary(form.getVendorId()));
		model.addAttribute("types", CertificationType.values());
		model.addAttribute("coverages", ServiceCoverage.values());
		model.addAttribute("mayVerify", this.certifications.mayVerify());
		model.addAttribute("documentKinds", CertificationDocumentKind.values());
		model.addAttribute("maxUpload", this.documents.maxSizeLabel());
		return "certifications/form";
	}

	/** Rule violations next to their fields; dates in the messages written as the pages write them. */
	private void reject(BindingResult binding, List<CertificationViolation> violations) {
		for (CertificationViolation violation : violations) {
			Object[] args = violation.args()
				.stream()
				.map((arg) -> arg instanceof LocalDate day ? this.dates.date(day) : arg)
				.toArray();
			if (violation.field() == null) {
				binding.reject(violation.messageKey(), args, null);
			}
			else if (binding.getFieldErrorCount(violation.field()) == 0) {
				binding.rejectValue(violation.field(), violation.messageKey(), args, null);
			}
		}
	}

}
