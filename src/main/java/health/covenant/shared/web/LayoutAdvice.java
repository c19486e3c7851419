package health.covenant.shared.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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

	/**
	 * The main navigation as shown: an entry of its own, or one item per group (linking to the group's
	 * first entry); and the tabs of the current page's group when it has more than one entry.
	 */
	@ModelAttribute("nav")
	Navigation nav(HttpServletRequest request) {
		List<NavigationEntry> allowed = navigation();
		String active = NavigationEntry.activeKey(allowed, request.getRequestURI());
		String activeGroup = allowed.stream()
			.filter((entry) -> entry.key().equals(active))
			.map(NavigationEntry::group)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		Map<String, List<NavigationEntry>> groups = new LinkedHashMap<>();
		allowed.stream()
			.filter((entry) -> entry.group() != null)
			.forEach((entry) -> groups.computeIfAbsent(entry.group(), (g) -> new ArrayList<>()).add(entry));
		List<NavigationItem> main = new ArrayList<>();
		Set<String> shown = new HashSet<>();
		for (NavigationEntry entry : allowed) {
			List<NavigationEntry> members = entry.group() == null ? List.of(entry) : groups.get(entry.group());
			if (members.size() == 1) {
				main.add(item(entry, entry.key().equals(active), members));
			}
			else if (shown.add(entry.group())) {
				main.add(new NavigationItem(entry.group(), "nav.group." + entry.group(), entry.path(),
						entry.group().equals(activeGroup), badgeKey(members)));
			}
		}
		List<NavigationItem> tabs = activeGroup == null || groups.get(activeGroup).size() < 2 ? List.of()
				: groups.get(activeGroup).stream().map((entry) -> item(entry, entry.key().equals(active), List.of(entry))).toList();
		return new Navigation(main, tabs);
	}

	private NavigationItem item(NavigationEntry entry, boolean active, List<NavigationEntry> members) {
		return new NavigationItem(entry.key(), entry.labelKey(), entry.path(), active, badgeKey(members));
	}

	/** The key under which the item's count is shown: the first member that has a badge. */
	private String badgeKey(List<NavigationEntry> members) {
		return members.stream()
			.map(NavigationEntry::key)
			.filter((key) -> this.badges.stream().anyMatch((badge) -> badge.navigationKey().equals(key)))
			.findFirst()
			.orElse(null);
	}

	/** What the layout shows: the main navigation and the current group's tabs (empty when none). */
	record Navigation(List<NavigationItem> main, List<NavigationItem> tabs) {
	}

	/** One link of the navigation; {@code badgeKey} names its count in {@code navBadges}, or is null. */
	record NavigationItem(String key, String labelKey, String path, boolean active, String badgeKey) {
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
