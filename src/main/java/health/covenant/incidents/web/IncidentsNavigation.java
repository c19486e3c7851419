package health.covenant.incidents.web;

import java.util.Set;

import health.covenant.shared.web.NavigationEntry;
import health.covenant.vendors.VendorSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation entry of the incidents list, and the incidents and incident-response commitments sections of the
 * vendor page.
 */
@Configuration(proxyBeanMethods = false)
class IncidentsNavigation {

	@Bean
	NavigationEntry incidentsNavigationEntry() {
		return new NavigationEntry("incidents", "nav.incidents", "/incidents", 29, Set.of());
	}

	@Bean
	VendorSection incidentsVendorSection() {
		return new VendorSection("incidents", "incidents.section.title", "/vendors/{id}/incidents", 27);
	}

	@Bean
	VendorSection irCommitmentVendorSection() {
		return new VendorSection("ir-commitment", "irCommitment.section.title", "/vendors/{id}/ir-commitment/section",
				28);
	}

}
