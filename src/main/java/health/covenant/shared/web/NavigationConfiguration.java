package health.covenant.shared.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NavigationConfiguration {

	@Bean
	NavigationEntry dashboardNavigationEntry() {
		return new NavigationEntry("dashboard", "nav.dashboard", "/", 0, Set.of());
	}

}
