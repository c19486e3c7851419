package health.covenant.assessments.web;

import java.util.Set;

import health.covenant.shared.web.NavigationEntry;
import health.covenant.vendors.VendorSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assessments list in the navigation, and the assessments section of the vendor page. */
@Configuration(proxyBeanMethods = false)
class AssessmentsNavigation {

	@Bean
	NavigationEntry assessmentsNavigationEntry() {
		return new NavigationEntry("assessments", "nav.assessments", "/assessments", 27, Set.of(),
				"assessments");
	}

	@Bean
	VendorSection assessmentsVendorSection() {
		return new VendorSection("assessments", "assessments.section.title", "/vendors/{id}/assessments", 36);
	}

}
