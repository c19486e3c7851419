package health.covenant.certifications.web;

import java.util.Set;

import health.covenant.shared.web.NavigationEntry;
import health.covenant.vendors.VendorSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation entry of the certifications list, and the certifications section of the vendor page. */
@Configuration(proxyBeanMethods = false)
class CertificationsNavigation {

	@Bean
	NavigationEntry certificationsNavigationEntry() {
		return new NavigationEntry("certifications", "nav.certifications", "/certifications", 25, Set.of(),
				"assurance");
	}

	@Bean
	VendorSection certificationsVendorSection() {
		return new VendorSection("certifications", "certifications.section.title", "/vendors/{id}/certifications", 25);
	}

}
