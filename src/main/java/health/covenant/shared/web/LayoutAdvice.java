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

/**
 * What every page's chrome needs: demo badge, current section, navigation counts, who is signed in.
 * Worked out here once per request rather than by expressions in the layout (bench/README.md: the
 * layout's Spring Security expressions and map look-ups were a measurable part of every page).
 */
@ControllerAdvice
class LayoutAdvice {

	/** The authorities of a sign-in waiting for its second factor ({@code identity.mfa.SignInStage}). */
	private static final Set<String> PENDING_AUTHORITIES = Set.of("SIGN_IN_CODE_PENDING", "SIGN_IN_ENROLMENT_PENDING");

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
	 * Whether someone is signed in, and whether the sign-in is complete: a sign-in still waiting for its
	 * second factor holds only one of the "pending" authorities of {@code identity.mfa.SignInStage} and
	 * sees no navigation.
	 */
	@ModelAttribute("signIn")
	SignIn signIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!signedIn(authentication)) {
			return new SignIn(false, false, null);
		}
		boolean pending = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> PENDING_AUTHORITIES.contains(authority.getAuthority()));
		return new SignIn(true, !pending, authentication.getName());
	}

	/** The layout's view of the sign-in: {@code complete} is signed in with the second factor given. */
	record SignIn(boolean signedIn, boolean complete, String name) {
	}

	/**
	 * The main navigation as shown: an entry of its own, or one item per group (linking to the group's
	 * first entry); and the tabs of the current page's group when it has more than one entry.
	 */
	@ModelAttribute("nav")
	Navigation nav(HttpServletRequest request, HtmxRequest htmx) {
		Map<String, BadgeCount> badges = badges(htmx);
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
				main.add(item(entry, entry.key().equals(active), members, badges));
			}
			else if (shown.add(entry.group())) {
				main.add(new NavigationItem(entry.group(), "nav.group." + entry.group(), entry.path(),
						entry.group().equals(activeGroup), badge(members, badges)));
			}
		}
		List<NavigationItem> tabs = activeGroup == null || groups.get(activeGroup).size() < 2 ? List.of()
				: groups.get(activeGroup).stream().map((entry) -> item(entry, entry.key().equals(active), List.of(entry), badges)).toList();
		return new Navigation(main, tabs);
	}

	private NavigationItem item(NavigationEntry entry, boolean active, List<NavigationEntry> members,
			Map<String, BadgeCount> badges) {
		return new NavigationItem(entry.key(), entry.labelKey(), entry.path(), active, badge(members, badges));
	}

	/** The item's count: that of the first member with a badge above zero, or null (none shown). */
	private static BadgeCount badge(List<NavigationEntry> members, Map<String, BadgeCount> badges) {
		return members.stream()
			.map((member) -> badges.get(member.key()))
			.filter((badge) -> badge != null && badge.count() > 0)
			.findFirst()
			.orElse(null);
	}

	/** What the layout shows: the main navigation and the current group's tabs (empty when none). */
	record Navigation(List<NavigationItem> main, List<NavigationItem> tabs) {
	}

	/** One link of the navigation; {@code badge} is its count, or null when none is shown. */
	record NavigationItem(String key, String labelKey, String path, boolean active, BadgeCount badge) {
	}

	private static boolean signedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	/** The badge counts by navigation key (none for an htmx request, which does not render the chrome). */
	private Map<String, BadgeCount> badges(HtmxRequest htmx) {
		Map<String, BadgeCount> counts = new LinkedHashMap<>();
		if (!signedIn(SecurityContextHolder.getContext().getAuthentication()) || htmx.isHtmxRequest()) {
			return counts;
		}
		for (NavigationBadge badge : this.badges) {
			long count = badge.count(NavigationBadge.CAP);
			counts.put(badge.navigationKey(), new BadgeCount(count,
					count >= NavigationBadge.CAP ? (NavigationBadge.CAP - 1) + "+" : Long.toString(count), badge.labelKey()));
		}
		return counts;
	}

	/** A badge: the (capped) count, as shown ("99+" at the cap), and the message key of its label. */
	record BadgeCount(long count, String shown, String labelKey) {
	}

}
