package health.covenant.vendors.web;

import java.util.Comparator;
import java.util.List;

import health.covenant.vendors.VendorRiskRecords;
import health.covenant.vendors.VendorSection;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorView;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the vendor page shows, for the page itself and for the sub-processor form's re-renders. */
@Component
class VendorPageModel {

	private final VendorService vendors;

	private final VendorRiskRecords risks;

	private final List<VendorSection> sections;

	VendorPageModel(VendorService vendors, VendorRiskRecords risks, List<VendorSection> sections) {
		this.vendors = vendors;
		this.risks = risks;
		this.sections = sections.stream().sorted(Comparator.comparingInt(VendorSection::order)).toList();
	}

	VendorView addTo(Model model, long id) {
		VendorView vendor = this.vendors.getView(id);
		model.addAttribute("vendor", vendor);
		// the header's tier badge; null while the vendor is not scored yet
		model.addAttribute("risk", this.risks.of(id).orElse(null));
		model.addAttribute("aiProfile", this.vendors.getAiProfile(id));
		model.addAttribute("subprocessors", this.vendors.subprocessorsOf(id));
		model.addAttribute("sections", this.sections);
		if (!model.containsAttribute("subprocessorForm")) {
			model.addAttribute("subprocessorForm", new SubprocessorForm());
		}
		return vendor;
	}

}
