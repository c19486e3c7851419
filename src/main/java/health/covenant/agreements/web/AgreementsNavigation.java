package health.covenant.agreements.web;

import java.util.Set;

import health.covenant.agreements.ComplianceGapService;
import health.covenant.shared.web.NavigationBadge;
import health.covenant.shared.web.NavigationEntry;
import health.covenant.vendors.VendorSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation entry with the compliance-gap count, and the agreements section of the vendor page. */
@Configuration(proxyBeanMethods = false)
class AgreementsNavigation {

	@Bean
	NavigationEntry agreementsNavigationEntry() {
		return new NavigationEntry("agreements", "nav.agreements", "/agreements", 20, Set.of());
	}

	@Bean
	NavigationBadge agreementsNavigationBadge(ComplianceGapService gaps) {
		return new NavigationBadge() {
			@Override
			public String navigationKey() {
				return "agreements";
			}

			@Override
			public long count(int cap) {
				return gaps.countUpTo(cap);
			}

			@Override
			public String labelKey() {
				return "agreements.gaps.badge";
			}
		};
	}

	@Bean
	VendorSection agreementsVendorSection() {
		return new VendorSection("agreements", "agreements.section.title", "/vendors/{id}/agreements", 20);
	}

}
