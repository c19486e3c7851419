package health.covenant.vendors.web;

import java.util.Set;

import health.covenant.shared.web.DashboardPanel;
import health.covenant.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VendorNavigation {

	@Bean
	NavigationEntry vendorsNavigationEntry() {
		return new NavigationEntry("vendors", "nav.vendors", "/vendors", 10, Set.of());
	}

	@Bean
	DashboardPanel vendorsDashboardPanel() {
		return new DashboardPanel("vendors", "vendors.panel.title", "/vendors/panel", 20, Set.of());
	}

}
