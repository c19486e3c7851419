package health.covenant.notifications.web;

import java.util.Set;

import health.covenant.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationsNavigation {

	@Bean
	NavigationEntry notificationsNavigationEntry() {
		return new NavigationEntry("notifications", "nav.notifications", "/notifications", 85, Set.of("ADMIN"));
	}

	@Bean
	NavigationEntry settingsNavigationEntry() {
		return new NavigationEntry("settings", "nav.settings", "/admin/settings", 95, Set.of("ADMIN"));
	}

}
