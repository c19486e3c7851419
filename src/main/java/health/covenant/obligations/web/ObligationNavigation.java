package health.covenant.obligations.web;

import java.util.Set;

import health.covenant.shared.web.DashboardPanel;
import health.covenant.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ObligationNavigation {

	@Bean
	NavigationEntry obligationsNavigationEntry() {
		return new NavigationEntry("obligations", "nav.obligations", "/obligations", 30, Set.of());
	}

	@Bean
	DashboardPanel obligationsDashboardPanel() {
		return new DashboardPanel("obligations", "obligations.panel.title", "/obligations/panel", 10, Set.of());
	}

}
