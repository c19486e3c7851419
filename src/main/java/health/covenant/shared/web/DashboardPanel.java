package health.covenant.shared.web;

import java.util.Set;

/**
 * A panel of the dashboard {@code /}, contributed by a module. The dashboard loads each panel's
 * fragment lazily (htmx) from {@link #fragmentPath()}, so a slow panel never delays the page.
 *
 * @param key stable key (element id)
 * @param titleKey message key of the panel heading
 * @param fragmentPath URL that renders the panel's body as an HTML fragment
 * @param order position, lower first
 * @param roles role names allowed to see it (empty: everyone signed in)
 */
public record DashboardPanel(String key, String titleKey, String fragmentPath, int order, Set<String> roles) {
}
