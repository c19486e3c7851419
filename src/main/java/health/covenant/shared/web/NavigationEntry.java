package health.covenant.shared.web;

import java.util.Set;

/**
 * One entry of the main navigation, contributed as a bean by the module that owns the page. The
 * layout shows it to users holding any of {@link #roles()} (empty: everyone signed in).
 *
 * @param key stable key, also used by {@link NavigationBadge}
 * @param labelKey message key of the label
 * @param path the page's path
 * @param order position, lower first
 * @param roles role names (without {@code ROLE_}) allowed to see it
 * @param group entries of the same group (e.g. {@code assurance}: certifications and vendor audits) show
 * as one entry of the main navigation, labelled {@code nav.group.<group>}, and as tabs on their pages;
 * null: an entry of its own
 */
public record NavigationEntry(String key, String labelKey, String path, int order, Set<String> roles, String group) {

	/** An entry of its own (no group). */
	public NavigationEntry(String key, String labelKey, String path, int order, Set<String> roles) {
		this(key, labelKey, path, order, roles, null);
	}

	/**
	 * The key of the entry the page at {@code currentPath} belongs to: the one with the longest matching
	 * path, so that {@code /certifications/audits} highlights its own entry and not also
	 * {@code /certifications}.
	 */
	public static String activeKey(java.util.Collection<NavigationEntry> entries, String currentPath) {
		return entries.stream()
			.filter((entry) -> entry.isActive(currentPath))
			.max(java.util.Comparator.comparingInt((NavigationEntry entry) -> entry.path().length()))
			.map(NavigationEntry::key)
			.orElse(null);
	}

	public boolean isActive(String currentPath) {
		if ("/".equals(this.path)) {
			return "/".equals(currentPath);
		}
		return currentPath != null && (currentPath.equals(this.path) || currentPath.startsWith(this.path + "/"));
	}

}
