package health.covenant.audit.web;

import java.util.Set;

import health.covenant.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

	@Bean
	NavigationEntry auditNavigationEntry() {
		return new NavigationEntry("audit", "nav.audit", "/audit", 80, Set.of("ADMIN", "AUDITOR", "SECURITY_OFFICER"));
	}

}
