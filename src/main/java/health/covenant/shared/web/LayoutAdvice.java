package health.covenant.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import health.covenant.shared.DemoMode;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's chrome needs: demo badge, current section, navigation counts. */
@ControllerAdvice
class LayoutAdvice {

	private final DemoMode demoMode;

	private final List<NavigationBadge> badges;

	private final List<NavigationEntry> navigation;

	LayoutAdvice(DemoMode demoMode, List<NavigationBadge> badges, List<NavigationEntry> navigation) {
		this.demoMode = demoMode;
		this.badges = badges;
		this.navigation = navigation.stream().sorted(java.util.Comparator.comparingInt(NavigationEntry::order)).toList();
	}

	@ModelAttribute("navigation")
	List<NavigationEntry> navigation() {
		return this.navigation.stream().filter((entry) -> CurrentRoles.allowed(entry.roles())).toList();
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return this.demoMode.isEnabled();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	/** The navigation entry of the current page (the longest matching path), or null. */
	@ModelAttribute("activeNavigation")
	String activeNavigation(HttpServletRequest request) {
		return NavigationEntry.activeKey(this.navigation, request.getRequestURI());
	}

	@ModelAttribute("navBadges")
	Map<String, BadgeCount> navBadges(HtmxRequest htmx) {
		Map<String, BadgeCount> counts = new LinkedHashMap<>();
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		if (!signedIn || htmx.isHtmxRequest()) {
			return counts;
		}
		for (NavigationBadge badge : this.badges) {
			counts.put(badge.navigationKey(), new BadgeCount(badge.count(), badge.labelKey()));
		}
		return counts;
	}

	record BadgeCount(long count, String labelKey) {
	}

}
