package health.covenant.shared;

/**
 * An order of a list as its URL writes it: {@code sort=vendor} sorts by the vendor column, {@code sort=-vendor}
 * the other way round. Each list declares its orders as an enum implementing this, each constant with the
 * ORDER BY an index matches (an id last as tie-breaker), so one page is read whatever the volume. The web
 * layer reads the parameter typed (an unknown value is a 400) and builds the column headers' links with
 * {@code PageLinks.sortLinks}; {@code fragments/sorting :: header} renders a sortable header with its
 * {@code aria-sort}.
 */
public interface ListOrder {

	/** The value of the {@code sort} parameter: the column, with a leading {@code -} for the other way round. */
	String param();

	/**
	 * Whether the column's values come largest first (its {@code aria-sort}): for most orders the {@code -}
	 * form, for a ranking such as "most severe first" the plain one.
	 */
	boolean descending();

	/** The column this order sorts by, as the {@code sort} parameter names it. */
	default String column() {
		String param = param();
		return param.startsWith("-") ? param.substring(1) : param;
	}

	/** The header's {@code aria-sort} value. */
	default String ariaSort() {
		return descending() ? "descending" : "ascending";
	}

}
