package health.covenant.risk.web;

import java.util.Set;

import health.covenant.risk.RiskService;
import health.covenant.shared.web.NavigationBadge;
import health.covenant.shared.web.NavigationEntry;
import health.covenant.vendors.VendorSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation entries (register and queue, with the queue's count), and the risk section of the vendor page. */
@Configuration(proxyBeanMethods = false)
class RiskNavigation {

	@Bean
	NavigationEntry riskNavigationEntry() {
		return new NavigationEntry("risk", "nav.risk", "/risk", 27, Set.of(), "risk");
	}

	@Bean
	NavigationEntry riskQueueNavigationEntry() {
		return new NavigationEntry("risk-queue", "nav.riskQueue", "/risk/queue", 28, Set.of(), "risk");
	}

	@Bean
	NavigationBadge riskQueueNavigationBadge(RiskService risks) {
		return new NavigationBadge() {
			@Override
			public String navigationKey() {
				return "risk-queue";
			}

			@Override
			public long count(int cap) {
				return risks.queueCountUpTo(cap);
			}

			@Override
			public String labelKey() {
				return "risk.queue.badge";
			}
		};
	}

	@Bean
	VendorSection riskVendorSection() {
		return new VendorSection("risk", "risk.section.title", "/vendors/{id}/risk", 15);
	}

}
