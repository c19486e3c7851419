package health.covenant.shared;

import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Keyset paging over rows 1…7 (7 the newest) three a page: the query the keyset asks for is played by
 * {@link #read}, and the pages and their links follow one another both ways.
 */
class KeysetTest {

	static final List<Long> ROWS = LongStream.rangeClosed(1, 7).boxed().toList();

	static final ToLongFunction<Long> KEY = Long::longValue;

	/** What the SQL returns for this keyset: newer than the key ascending, else older descending, limited. */
	static List<Long> read(Keyset keyset) {
		if (keyset.forward()) {
			return ROWS.stream().filter((r) -> r > keyset.key()).sorted().limit(keyset.limit()).toList();
		}
		return ROWS.stream()
			.filter((r) -> keyset.key() == null || r < keyset.key())
			.sorted((a, b) -> Long.compare(b, a))
			.limit(keyset.limit())
			.toList();
	}

	static Keyset.Slice<Long> page(Long olderThan, Long newerThan) {
		Keyset keyset = Keyset.of(olderThan, newerThan, 3);
		return keyset.slice(read(keyset), KEY);
	}

	@Test
	void theNewestPageHasOnlyAnOlderLink() {
		Keyset keyset = Keyset.of(null, null, 3);
		assertThat(keyset.key()).isNull();
		assertThat(keyset.forward()).isFalse();
		assertThat(keyset.limit()).isEqualTo(4);
		assertThat(page(null, null)).isEqualTo(new Keyset.Slice<>(List.of(7L, 6L, 5L), null, 5L));
	}

	@Test
	void olderPagesFollowTheOlderLinkToTheLastRow() {
		assertThat(page(5L, null)).isEqualTo(new Keyset.Slice<>(List.of(4L, 3L, 2L), 4L, 2L));
		assertThat(page(2L, null)).isEqualTo(new Keyset.Slice<>(List.of(1L), 1L, null));
	}

	@Test
	void theNewerLinkReadsForwardAndTurnsThePageRound() {
		Keyset keyset = Keyset.of(null, 1L, 3);
		assertThat(keyset.forward()).isTrue();
		assertThat(keyset.key()).isEqualTo(1L);
		assertThat(page(null, 1L)).isEqualTo(new Keyset.Slice<>(List.of(4L, 3L, 2L), 4L, 2L));
		// back at the newest rows: no newer link any more
		assertThat(page(null, 4L)).isEqualTo(new Keyset.Slice<>(List.of(7L, 6L, 5L), null, 5L));
	}

	@Test
	void anExactFitHasNoLinkBeyondIt() {
		Keyset keyset = Keyset.of(null, null, 7);
		assertThat(keyset.slice(read(keyset), KEY)).isEqualTo(new Keyset.Slice<>(List.of(7L, 6L, 5L, 4L, 3L, 2L, 1L), null, null));
	}

	@Test
	void nothingToShowHasNoLinks() {
		assertThat(page(1L, null)).isEqualTo(new Keyset.Slice<>(List.of(), null, null));
		assertThat(page(null, 7L)).isEqualTo(new Keyset.Slice<>(List.of(), null, null));
	}

	@Test
	void olderThanWinsOverNewerThan() {
		assertThat(Keyset.of(5L, 2L, 3).forward()).isFalse();
		assertThat(Keyset.of(5L, 2L, 3).key()).isEqualTo(5L);
	}

	@Test
	void aPageHoldsAtLeastOneRow() {
		assertThatIllegalArgumentException().isThrownBy(() -> Keyset.of(null, null, 0));
	}

}
