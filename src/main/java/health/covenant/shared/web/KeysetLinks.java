package health.covenant.shared.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of a list paged by keyset, newest first ("Newer", "Older", back to the newest), built from the
 * current query so that filters survive paging. The list reads {@code older} or {@code newer}: the key
 * of the row to page from.
 *
 * @param newest the list without a page key, or null when this is already the newest page
 * @param newer the page before this one, or null
 * @param older the page after this one, or null
 */
public record KeysetLinks(String newest, String newer, String older) {

	public boolean hasPages() {
		return this.newest != null || this.newer != null || this.older != null;
	}

	/**
	 * @param newerKey the key to read newer rows from (null: there are none)
	 * @param olderKey the key to read older rows from (null: there are none)
	 * @param paged whether this page was itself read from a key (not the newest page)
	 * @param base the list URL with every current query parameter
	 */
	public static KeysetLinks of(Object newerKey, Object olderKey, boolean paged, UriComponentsBuilder base) {
		UriComponentsBuilder list = base.cloneBuilder().replaceQueryParam("newer").replaceQueryParam("older");
		return new KeysetLinks(paged ? url(list.cloneBuilder()) : null,
				newerKey == null ? null : url(list.cloneBuilder().replaceQueryParam("newer", newerKey)),
				olderKey == null ? null : url(list.cloneBuilder().replaceQueryParam("older", olderKey)));
	}

	private static String url(UriComponentsBuilder builder) {
		return builder.build().encode().toUriString();
	}

}
