package health.covenant.certifications.audits.web;

import java.util.Set;

import health.covenant.shared.web.NavigationEntry;
import health.covenant.vendors.VendorSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The vendor audits list in the navigation, and the audits section of the vendor page. */
@Configuration(proxyBeanMethods = false)
class VendorAuditsNavigation {

	@Bean
	NavigationEntry vendorAuditsNavigationEntry() {
		return new NavigationEntry("vendor-audits", "nav.vendorAudits", "/certifications/audits", 26,
				Set.of(), "assurance");
	}

	@Bean
	VendorSection vendorAuditsVendorSection() {
		return new VendorSection("audits", "vendorAudits.section.title", "/vendors/{id}/audits", 35);
	}

}
