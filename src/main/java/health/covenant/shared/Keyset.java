package health.covenant.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Keyset paging of a list shown newest first (the audit log, the outbox): one query reading
 * {@link #limit()} rows after a key, however long the list, and no count. A page is the newest rows, the
 * rows older than row {@code olderThan}, or the rows newer than row {@code newerThan}. The newer rows are
 * read oldest first from the key ({@link #forward()}) and turned round here, so that the query can always
 * walk its index from the key.
 * <pre>
 * Keyset keyset = Keyset.of(olderThan, newerThan, size);
 * SQL: WHERE … AND (at, id) &lt; / &gt; (the key's at, id)   -- when keyset.key() != null: &gt; if forward()
 *      ORDER BY at, id (forward) or at DESC, id DESC  LIMIT keyset.limit()
 * Keyset.Slice&lt;Row&gt; page = keyset.slice(rows, Row::id);
 * </pre>
 */
public final class Keyset {

	private final Long key;

	private final boolean forward;

	private final boolean fromKey;

	private final int size;

	private Keyset(Long key, boolean forward, boolean fromKey, int size) {
		this.key = key;
		this.forward = forward;
		this.fromKey = fromKey;
		this.size = size;
	}

	/**
	 * @param olderThan the key of the last row of the page before (the "older" link), or null
	 * @param newerThan the key of the first row of the page after (the "newer" link), or null; ignored
	 * when {@code olderThan} is given
	 * @param size rows a page
	 */
	public static Keyset of(Long olderThan, Long newerThan, int size) {
		if (size < 1) {
			throw new IllegalArgumentException("size must be positive");
		}
		boolean forward = olderThan == null && newerThan != null;
		return new Keyset(forward ? newerThan : olderThan, forward, olderThan != null || newerThan != null, size);
	}

	/** The key to read from (exclusive), or null for the newest rows. */
	public Long key() {
		return this.key;
	}

	/** Read the rows newer than the key, oldest first ({@code >} and an ascending order); else older, newest first. */
	public boolean forward() {
		return this.forward;
	}

	/** How many rows to read: one more than a page, to know whether there is another page. */
	public int limit() {
		return this.size + 1;
	}

	/**
	 * The page of the rows read (in the query's order, at most {@link #limit()}), newest first, with the
	 * keys of the pages either side: {@code newer} when there are newer rows, {@code older} when there are
	 * older ones.
	 */
	public <T> Slice<T> slice(List<T> read, ToLongFunction<T> keyOf) {
		List<T> rows = new ArrayList<>(read);
		boolean more = rows.size() > this.size;
		while (rows.size() > this.size) {
			rows.remove(rows.size() - 1);
		}
		if (this.forward) {
			Collections.reverse(rows);
		}
		if (rows.isEmpty()) {
			return new Slice<>(List.of(), null, null);
		}
		boolean newerExist = this.forward ? more : this.fromKey;
		boolean olderExist = this.forward || more;
		return new Slice<>(List.copyOf(rows), newerExist ? keyOf.applyAsLong(rows.get(0)) : null,
				olderExist ? keyOf.applyAsLong(rows.get(rows.size() - 1)) : null);
	}

	/**
	 * One page, newest first.
	 * @param newer the key to pass as {@code newerThan} for the page before, or null on the newest page
	 * @param older the key to pass as {@code olderThan} for the page after, or null on the oldest page
	 */
	public record Slice<T>(List<T> rows, Long newer, Long older) {
	}

}
