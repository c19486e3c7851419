package health.covenant.identity.web;

import java.util.Set;

import health.covenant.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

	@Bean
	NavigationEntry usersNavigationEntry() {
		return new NavigationEntry("users", "nav.users", "/admin/users", 90, Set.of("ADMIN"));
	}

}
