package health.covenant.incidents.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import health.covenant.agreements.BreachNoticeCommitments;
import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.documents.DocumentRejectedException;
import health.covenant.documents.DocumentService;
import health.covenant.incidents.IncidentRuleException;
import health.covenant.incidents.IncidentViolation;
import health.covenant.incidents.IrCommitmentService;
import health.covenant.incidents.IrCommitmentView;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.web.Dates;
import health.covenant.shared.web.Flash;
import health.covenant.vendors.VendorService;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A vendor's incident-response commitments: the page (everyone signed in reads it; security officers,
 * legal and administrators edit it, the verification's expert analysis uploaded with the form) and the
 * section of the vendor page. The breach-notice window is shown with its BAA and edited only there.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class IrCommitmentController {

	private final IrCommitmentService commitments;

	private final BreachNoticeCommitments breachNotice;

	private final VendorService vendors;

	private final DocumentService documents;

	private final Dates dates;

	private final OrganisationClock clock;

	IrCommitmentController(IrCommitmentService commitments, BreachNoticeCommitments breachNotice,
			VendorService vendors, DocumentService documents, Dates dates, OrganisationClock clock) {
		this.clock = clock;
		this.commitments = commitments;
		this.breachNotice = breachNotice;
		this.vendors = vendors;
		this.documents = documents;
		this.dates = dates;
	}

	@GetMapping("/vendors/{id}/ir-commitment")
	String page(@PathVariable long id, Model model) {
		IrCommitmentView view = this.commitments.get(id);
		return page(id, IrCommitmentForm.of(view), view, model);
	}

	@GetMapping("/vendors/{id}/ir-commitment/section")
	String section(@PathVariable long id, HtmxRequest htmx, Model model) {
		if (!htmx.isHtmxRequest()) {
			return "redirect:/vendors/" + id + "/ir-commitment";
		}
		addCommon(id, this.commitments.get(id), model);
		return "incidents/commitment :: vendorSection";
	}

	@PostMapping("/vendors/{id}/ir-commitment")
	@PreAuthorize(IrCommitmentService.EDITORS)
	String save(@PathVariable long id, @ModelAttribute("commitmentForm") IrCommitmentForm form,
			BindingResult binding, @RequestParam(name = "analysis", required = false) MultipartFile file,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		IrCommitmentView view = this.commitments.get(id);
		IrCommitmentService.Upload upload = null;
		if (file != null && !file.isEmpty()) {
			try {
				this.documents.checkSize(file.getSize());
				upload = new IrCommitmentService.Upload(file.getOriginalFilename(), file.getBytes());
			}
			catch (DocumentRejectedException ex) {
				model.addAttribute("fileError", ex);
			}
		}
		if (!binding.hasErrors() && !model.containsAttribute("fileError")) {
			try {
				this.commitments.save(id, form.getVersion(), form.toDetails(), upload);
				Flash.success(redirect, "irCommitment.saved");
				return "redirect:/vendors/" + id + "/ir-commitment";
			}
			catch (IncidentRuleException ex) {
				reject(binding, ex.violations(), model);
			}
			catch (ConcurrentEditException ex) {
				binding.reject("form.conflict");
			}
			catch (DocumentRejectedException ex) {
				model.addAttribute("fileError", ex);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(id, form, view, model);
	}

	private String page(long id, IrCommitmentForm form, IrCommitmentView view, Model model) {
		addCommon(id, view, model);
		model.addAttribute("commitmentForm", form);
		model.addAttribute("units", BreachNoticeUnit.values());
		model.addAttribute("maxUpload", this.documents.maxSizeLabel());
		return "incidents/commitment";
	}

	private void addCommon(long id, IrCommitmentView view, Model model) {
		model.addAttribute("vendor", this.vendors.getSummary(id));
		model.addAttribute("commitment", view);
		model.addAttribute("breachNotice", this.breachNotice.forVendor(id).orElse(null));
		model.addAttribute("analyses", this.commitments.analyses(id));
		model.addAttribute("verificationEnabled", this.commitments.verificationEnabled());
		model.addAttribute("today", this.clock.today());
	}

	private void reject(BindingResult binding, List<IncidentViolation> violations, Model model) {
		for (IncidentViolation violation : violations) {
			Object[] args = violation.args()
				.stream()
				.map((arg) -> arg instanceof LocalDate day ? this.dates.date(day) : arg)
				.toArray();
			if ("analysis".equals(violation.field())) {
				model.addAttribute("analysisError", violation.messageKey());
			}
			else if (binding.getFieldErrorCount(violation.field()) == 0) {
				binding.rejectValue(violation.field(), violation.messageKey(), args, null);
			}
		}
	}

}
