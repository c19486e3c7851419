package health.covenant.assessments.findings.web;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import health.covenant.assessments.findings.FindingRules;
import health.covenant.assessments.findings.FindingRuleException;
import health.covenant.assessments.findings.FindingService;
import health.covenant.assessments.findings.FindingSeverity;
import health.covenant.assessments.findings.FindingView;
import health.covenant.documents.DocumentRejectedException;
import health.covenant.documents.DocumentService;
import health.covenant.documents.DocumentSummary;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.web.Flash;
import health.covenant.vendors.VendorService;

import org.springframework.security.access.AccessDeniedException;
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
 * One finding (read by everyone signed in) and its changes: open and edit (SECURITY_OFFICER, ADMIN),
 * remediate (those, or the finding's internal owner), accept the risk (SECURITY_OFFICER only), reopen.
 */
@Controller
@RequestMapping("/findings")
@PreAuthorize("isAuthenticated()")
class FindingController {

	private final FindingService findings;

	private final VendorService vendors;

	private final DocumentService documents;

	private final OrganisationClock clock;

	FindingController(FindingService findings, VendorService vendors, DocumentService documents,
			OrganisationClock clock) {
		this.findings = findings;
		this.vendors = vendors;
		this.documents = documents;
		this.clock = clock;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		FindingView finding = this.findings.get(id);
		RemediationForm remediation = new RemediationForm();
		remediation.setVersion(finding.version());
		remediation.setRemediatedOn(this.clock.today());
		AcceptanceForm acceptance = new AcceptanceForm();
		acceptance.setVersion(finding.version());
		ReopenForm reopen = new ReopenForm();
		reopen.setVersion(finding.version());
		return detail(finding, remediation, acceptance, reopen, model);
	}

	@GetMapping("/new")
	@PreAuthorize(FindingService.EDITORS)
	String newForm(@RequestParam long vendorId, @RequestParam(required = false) Long auditId,
			@RequestParam(required = false) Long assessmentId, @RequestParam(required = false) String questionCode,
			Model model) {
		FindingForm form = new FindingForm();
		form.setVendorId(vendorId);
		form.setAuditId(auditId);
		form.setAssessmentId(assessmentId);
		form.setQuestionCode(questionCode);
		form.setSeverity(FindingSeverity.HIGH);
		return form(form, null, model);
	}

	@PostMapping
	@PreAuthorize(FindingService.EDITORS)
	String create(@Valid @ModelAttribute("findingForm") FindingForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (form.getVendorId() == null) {
			return "redirect:/findings";
		}
		if (binding.hasErrors()) {
			return form(form, null, model);
		}
		long id;
		try {
			id = this.findings.open(form.getVendorId(), form.toSource(), form.toDetails());
		}
		catch (FindingRuleException ex) {
			reject(binding, ex);
			return form(form, null, model);
		}
		Flash.success(redirect, "findings.opened.flash");
		return "redirect:/findings/" + id;
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(FindingService.EDITORS)
	String editForm(@PathVariable long id, Model model) {
		FindingView finding = this.findings.get(id);
		return form(FindingForm.of(finding), finding, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(FindingService.EDITORS)
	String update(@PathVariable long id, @Valid @ModelAttribute("findingForm") FindingForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		FindingView finding = this.findings.get(id);
		form.setVendorId(finding.vendorId());
		if (binding.hasErrors()) {
			return form(form, finding, model);
		}
		try {
			this.findings.update(id, form.getVersion(), form.toDetails());
		}
		catch (FindingRuleException ex) {
			reject(binding, ex);
			return form(form, finding, model);
		}
		catch (ConcurrentEditException ex) {
			binding.reject("form.conflict");
			return form(form, finding, model);
		}
		Flash.success(redirect, "findings.saved");
		return "redirect:/findings/" + id;
	}

	@PostMapping("/{id}/remediate")
	String remediate(@PathVariable long id, @Valid @ModelAttribute("remediationForm") RemediationForm form,
			BindingResult binding, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		FindingView finding = this.findings.get(id);
		if (!this.findings.mayRemediate(finding.details().ownerId())) {
			throw new AccessDeniedException("not an editor nor the owner");
		}
		FindingService.Upload evidence = null;
		if (file != null && !file.isEmpty()) {
			try {
				this.documents.checkSize(file.getSize());
				evidence = new FindingService.Upload(file.getOriginalFilename(), file.getBytes());
			}
			catch (DocumentRejectedException ex) {
				binding.reject(ex.messageKey(), ex.args(), ex.messageKey());
			}
		}
		if (!binding.hasErrors()) {
			try {
				this.findings.remediate(id, form.getVersion(), form.getRemediatedOn(), form.getEvidenceNote(), evidence);
				Flash.success(redirect, "findings.remediated.flash");
				return "redirect:/findings/" + id;
			}
			catch (FindingRuleException ex) {
				reject(binding, ex);
			}
			catch (ConcurrentEditException ex) {
				binding.reject("form.conflict");
			}
			catch (DocumentRejectedException ex) {
				binding.reject(ex.messageKey(), ex.args(), ex.messageKey());
			}
		}
		return detail(finding, form, blankAcceptance(finding), blankReopen(finding), model);
	}

	@PostMapping("/{id}/accept")
	@PreAuthorize(FindingService.ACCEPTORS)
	String accept(@PathVariable long id, @Valid @ModelAttribute("acceptanceForm") AcceptanceForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		FindingView finding = this.findings.get(id);
		if (!binding.hasErrors()) {
			try {
				this.findings.acceptRisk(id, form.getVersion(), form.getJustification(), form.getExpiresOn());
				Flash.success(redirect, "findings.accepted.flash");
				return "redirect:/findings/" + id;
			}
			catch (FindingRuleException ex) {
				reject(binding, ex);
			}
			catch (ConcurrentEditException ex) {
				binding.reject("form.conflict");
			}
		}
		return detail(finding, blankRemediation(finding), form, blankReopen(finding), model);
	}

	@PostMapping("/{id}/reopen")
	@PreAuthorize(FindingService.EDITORS)
	String reopen(@PathVariable long id, @Valid @ModelAttribute("reopenForm") ReopenForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		FindingView finding = this.findings.get(id);
		if (!binding.hasErrors()) {
			try {
				this.findings.reopen(id, form.getVersion(), form.getReason());
				Flash.success(redirect, "findings.reopened.flash");
				return "redirect:/findings/" + id;
			}
			catch (FindingRuleException ex) {
				reject(binding, ex);
			}
			catch (ConcurrentEditException ex) {
				binding.reject("form.conflict");
			}
		}
		return detail(finding, blankRemediation(finding), blankAcceptance(finding), form, model);
	}

	@PostMapping("/{id}/documents")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		if (!this.findings.mayRemediate(this.findings.get(id).details().ownerId())) {
			throw new AccessDeniedException("not an editor nor the owner");
		}
		try {
			if (file == null || file.isEmpty()) {
				throw new DocumentRejectedException(DocumentRejectedException.Reason.EMPTY);
			}
			this.documents.checkSize(file.getSize());
			DocumentSummary stored = this.findings.upload(id, file.getOriginalFilename(), file.getBytes());
			Flash.success(redirect, "documents.uploaded", stored.fileName());
		}
		catch (DocumentRejectedException ex) {
			Flash.error(redirect, ex.messageKey(), ex.args());
		}
		return "redirect:/findings/" + id + "#evidence";
	}

	private RemediationForm blankRemediation(FindingView finding) {
		RemediationForm form = new RemediationForm();
		form.setVersion(finding.version());
		form.setRemediatedOn(this.clock.today());
		return form;
	}

	private static AcceptanceForm blankAcceptance(FindingView finding) {
		AcceptanceForm form = new AcceptanceForm();
		form.setVersion(finding.version());
		return form;
	}

	private static ReopenForm blankReopen(FindingView finding) {
		ReopenForm form = new ReopenForm();
		form.setVersion(finding.version());
		return form;
	}

	private static void reject(BindingResult binding, FindingRuleException ex) {
		if (ex.field() == null) {
			binding.reject(ex.messageKey());
		}
		else {
			binding.rejectValue(ex.field(), ex.messageKey());
		}
	}

	private String detail(FindingView finding, RemediationForm remediation, AcceptanceForm acceptance,
			ReopenForm reopen, Model model) {
		var today = this.clock.today();
		model.addAttribute("finding", finding);
		model.addAttribute("vendor", this.vendors.getSummary(finding.vendorId()));
		model.addAttribute("ownerName", finding.details().ownerId() == null ? null
				: this.findings.ownerNames(Set.of(finding.details().ownerId())).get(finding.details().ownerId()));
		model.addAttribute("documents", this.findings.documents(finding.id()));
		model.addAttribute("history", this.findings.history(finding.id()));
		model.addAttribute("maxUpload", this.documents.maxSizeLabel());
		model.addAttribute("mayRemediate", this.findings.mayRemediate(finding.details().ownerId()));
		model.addAttribute("allowed", java.util.Arrays.stream(FindingRules.Action.values())
			.filter((a) -> FindingRules.may(a, finding.status(), finding.acceptanceExpiresOn(), today))
			.map(Enum::name)
			.collect(Collectors.toSet()));
		model.addAttribute("latestExpiry", today.plusMonths(this.findings.policy().acceptanceMaxMonths()));
		model.addAttribute("policy", this.findings.policy());
		if (!model.containsAttribute("remediationForm")) {
			model.addAttribute("remediationForm", remediation);
		}
		if (!model.containsAttribute("acceptanceForm")) {
			model.addAttribute("acceptanceForm", acceptance);
		}
		if (!model.containsAttribute("reopenForm")) {
			model.addAttribute("reopenForm", reopen);
		}
		return "assessments/findings/detail";
	}

	private String form(FindingForm form, FindingView finding, Model model) {
		model.addAttribute("vendor", this.vendors.getSummary(form.getVendorId()));
		model.addAttribute("finding", finding);
		model.addAttribute("findingForm", form);
		model.addAttribute("severities", FindingSeverity.values());
		model.addAttribute("owners", this.findings.possibleOwners());
		model.addAttribute("policy", this.findings.policy());
		return "assessments/findings/form";
	}

}
