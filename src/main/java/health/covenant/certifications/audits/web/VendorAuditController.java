package health.covenant.certifications.audits.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import health.covenant.certifications.audits.AuditCadence;
import health.covenant.certifications.audits.AuditKind;
import health.covenant.certifications.audits.AuditResult;
import health.covenant.certifications.audits.AuditScheduleService;
import health.covenant.certifications.audits.VendorAuditRuleException;
import health.covenant.certifications.audits.VendorAuditService;
import health.covenant.certifications.audits.VendorAuditView;
import health.covenant.documents.DocumentRejectedException;
import health.covenant.documents.DocumentService;
import health.covenant.documents.DocumentSummary;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.web.Flash;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;

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
 * One audit (read by everyone signed in) and every change: record (with its report), edit, delete,
 * reports, and the vendor's cadence, by SECURITY_OFFICER and ADMIN.
 */
@Controller
@RequestMapping("/certifications/audits")
@PreAuthorize("isAuthenticated()")
class VendorAuditController {

	private final VendorAuditService audits;

	private final AuditScheduleService schedules;

	private final VendorService vendors;

	private final DocumentService documents;

	VendorAuditController(VendorAuditService audits, AuditScheduleService schedules, VendorService vendors,
			DocumentService documents) {
		this.audits = audits;
		this.schedules = schedules;
		this.vendors = vendors;
		this.documents = documents;
	}

	@GetMapping("/{auditId}")
	String detail(@PathVariable long auditId, Model model) {
		VendorAuditView audit = this.audits.get(auditId);
		model.addAttribute("audit", audit);
		model.addAttribute("vendor", this.vendors.getSummary(audit.vendorId()));
		model.addAttribute("documents", this.audits.documents(auditId));
		model.addAttribute("maxUpload", this.documents.maxSizeLabel());
		return "certifications/audits/detail";
	}

	@GetMapping("/new")
	@PreAuthorize(VendorAuditService.EDITORS)
	String newForm(@RequestParam long vendorId, Model model) {
		VendorAuditForm form = new VendorAuditForm();
		form.setVendorId(vendorId);
		return form(form, null, model);
	}

	@PostMapping
	@PreAuthorize(VendorAuditService.EDITORS)
	String create(@Valid @ModelAttribute("auditForm") VendorAuditForm form, BindingResult binding,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		if (form.getVendorId() == null) {
			return "redirect:/vendors";
		}
		VendorAuditService.Upload report = null;
		DocumentRejectedException fileError = null;
		if (file != null && !file.isEmpty()) {
			try {
				this.documents.checkSize(file.getSize());
				report = new VendorAuditService.Upload(file.getOriginalFilename(), file.getBytes());
			}
			catch (DocumentRejectedException ex) {
				fileError = ex;
			}
		}
		if (binding.hasErrors() || fileError != null) {
			return invalid(form, null, fileError, model, response);
		}
		long id;
		try {
			id = this.audits.record(form.getVendorId(), form.toDetails(), report);
		}
		catch (VendorAuditRuleException ex) {
			binding.rejectValue(ex.field(), ex.messageKey());
			return form(form, null, model);
		}
		catch (DocumentRejectedException ex) {
			return invalid(form, null, ex, model, response);
		}
		Flash.success(redirect, "vendorAudits.recorded.flash");
		return "redirect:/certifications/audits/" + id;
	}

	@GetMapping("/{auditId}/edit")
	@PreAuthorize(VendorAuditService.EDITORS)
	String editForm(@PathVariable long auditId, Model model) {
		VendorAuditView audit = this.audits.get(auditId);
		return form(VendorAuditForm.of(audit), audit, model);
	}

	@PostMapping("/{auditId}")
	@PreAuthorize(VendorAuditService.EDITORS)
	String update(@PathVariable long auditId, @Valid @ModelAttribute("auditForm") VendorAuditForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		VendorAuditView audit = this.audits.get(auditId);
		form.setVendorId(audit.vendorId());
		if (binding.hasErrors()) {
			return form(form, audit, model);
		}
		try {
			this.audits.update(auditId, form.getVersion(), form.toDetails());
		}
		catch (VendorAuditRuleException ex) {
			binding.rejectValue(ex.field(), ex.messageKey());
			return form(form, audit, model);
		}
		catch (ConcurrentEditException ex) {
			binding.reject("form.conflict");
			return form(form, audit, model);
		}
		Flash.success(redirect, "vendorAudits.saved");
		return "redirect:/certifications/audits/" + auditId;
	}

	@PostMapping("/{auditId}/delete")
	@PreAuthorize(VendorAuditService.EDITORS)
	String delete(@PathVariable long auditId, @RequestParam long version, RedirectAttributes redirect) {
		VendorAuditView audit = this.audits.get(auditId);
		try {
			this.audits.delete(auditId, version);
		}
		catch (ConcurrentEditException ex) {
			Flash.error(redirect, "form.conflict");
			return "redirect:/certifications/audits/" + auditId;
		}
		Flash.success(redirect, "vendorAudits.deleted");
		return "redirect:/vendors/" + audit.vendorId();
	}

	@PostMapping("/{auditId}/documents")
	@PreAuthorize(VendorAuditService.EDITORS)
	String upload(@PathVariable long auditId, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new DocumentRejectedException(DocumentRejectedException.Reason.EMPTY);
			}
			this.documents.checkSize(file.getSize());
			DocumentSummary stored = this.audits.upload(auditId, file.getOriginalFilename(), file.getBytes());
			Flash.success(redirect, "documents.uploaded", stored.fileName());
		}
		catch (DocumentRejectedException ex) {
			Flash.error(redirect, ex.messageKey(), ex.args());
		}
		return "redirect:/certifications/audits/" + auditId + "#documents";
	}

	@PostMapping("/{auditId}/documents/{reportId}/delete")
	@PreAuthorize(VendorAuditService.EDITORS)
	String deleteDocument(@PathVariable long auditId, @PathVariable long reportId, RedirectAttributes redirect) {
		DocumentSummary deleted = this.audits.deleteDocument(auditId, reportId);
		Flash.success(redirect, "documents.deleted", deleted.fileName());
		return "redirect:/certifications/audits/" + auditId + "#documents";
	}

	@GetMapping("/cadence/{vendorId}")
	@PreAuthorize(VendorAuditService.EDITORS)
	String cadenceForm(@PathVariable long vendorId, Model model) {
		AuditCadence cadence = this.audits.cadence(vendorId);
		CadenceForm form = new CadenceForm();
		form.setMonths(cadence.overrideMonths());
		form.setReason(cadence.overrideReason());
		form.setVersion(cadence.version());
		return cadence(vendorId, form, model);
	}

	@PostMapping("/cadence/{vendorId}")
	@PreAuthorize(VendorAuditService.EDITORS)
	String setCadence(@PathVariable long vendorId, @Valid @ModelAttribute("cadenceForm") CadenceForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return cadence(vendorId, form, model);
		}
		try {
			this.audits.setCadence(vendorId, form.getVersion(), form.getMonths(), form.getReason());
		}
		catch (VendorAuditRuleException ex) {
			binding.rejectValue(ex.field(), ex.messageKey());
			return cadence(vendorId, form, model);
		}
		catch (ConcurrentEditException ex) {
			binding.reject("form.conflict");
			return cadence(vendorId, form, model);
		}
		Flash.success(redirect, "vendorAudits.cadence.saved");
		return "redirect:/vendors/" + vendorId;
	}

	private String cadence(long vendorId, CadenceForm form, Model model) {
		model.addAttribute("vendor", this.vendors.getSummary(vendorId));
		model.addAttribute("cadence", this.audits.cadence(vendorId));
		model.addAttribute("policy", this.schedules.policy());
		model.addAttribute("cadenceForm", form);
		return "certifications/audits/cadence";
	}

	private String invalid(VendorAuditForm form, VendorAuditView audit, DocumentRejectedException fileError,
			Model model, HttpServletResponse response) {
		model.addAttribute("fileError", fileError);
		// the file's message is not in the binding result: an invalid form all the same
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(form, audit, model);
	}

	private String form(VendorAuditForm form, VendorAuditView audit, Model model) {
		VendorSummary vendor = this.vendors.getSummary(form.getVendorId());
		model.addAttribute("vendor", vendor);
		model.addAttribute("audit", audit);
		model.addAttribute("auditForm", form);
		model.addAttribute("kinds", AuditKind.values());
		model.addAttribute("resultOptions", AuditResult.values());
		model.addAttribute("maxUpload", this.documents.maxSizeLabel());
		return "certifications/audits/form";
	}

}
