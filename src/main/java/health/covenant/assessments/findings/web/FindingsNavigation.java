package health.covenant.assessments.findings.web;

import java.util.Set;

import health.covenant.shared.web.NavigationEntry;
import health.covenant.vendors.VendorSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation entry of the findings list, and the findings section of the vendor page. */
@Configuration(proxyBeanMethods = false)
class FindingsNavigation {

	@Bean
	NavigationEntry findingsNavigationEntry() {
		return new NavigationEntry("findings", "nav.findings", "/findings", 28, Set.of(),
				"assessments");
	}

	@Bean
	VendorSection findingsVendorSection() {
		return new VendorSection("findings", "findings.section.title", "/vendors/{id}/findings", 37);
	}

}
