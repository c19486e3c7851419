package health.covenant.identity;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

class LastAccessWritesTest {

	private final MapSessionRepository stored = new MapSessionRepository(new ConcurrentHashMap<>());

	private final LastAccessWrites sessions = new LastAccessWrites(new FindByIndexNameSessionRepository<MapSession>() {
		@Override
		public MapSession createSession() {
			return LastAccessWritesTest.this.stored.createSession();
		}

		@Override
		public void save(MapSession session) {
			LastAccessWritesTest.this.stored.save(session);
		}

		@Override
		public MapSession findById(String id) {
			return LastAccessWritesTest.this.stored.findById(id);
		}

		@Override
		public void deleteById(String id) {
			LastAccessWritesTest.this.stored.deleteById(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}
	});

	/** Recent: the in-memory store drops sessions idle for 30 minutes by the real clock. */
	private final Instant signIn = Instant.now().minusSeconds(300);

	private String newSession() {
		Session session = this.sessions.createSession();
		session.setLastAccessedTime(this.signIn);
		session.setAttribute("who", "legal@covenant.test");
		this.sessions.save(session);
		return session.getId();
	}

	private Instant lastAccessAfterARequestAt(String id, Instant requestTime) {
		Session session = this.sessions.findById(id);
		session.setLastAccessedTime(requestTime);
		this.sessions.save(session);
		return this.stored.findById(id).getLastAccessedTime();
	}

	@Test
	void aRequestWithinAMinuteOfTheStoredLastAccessDoesNotRewriteIt() {
		String id = newSession();
		assertThat(lastAccessAfterARequestAt(id, this.signIn.plusSeconds(59))).isEqualTo(this.signIn);
	}

	@Test
	void aRequestAMinuteOrMoreLaterIsKept() {
		String id = newSession();
		assertThat(lastAccessAfterARequestAt(id, this.signIn.plusSeconds(60))).isEqualTo(this.signIn.plusSeconds(60));
		assertThat(lastAccessAfterARequestAt(id, this.signIn.plusSeconds(90))).isEqualTo(this.signIn.plusSeconds(60));
		assertThat(lastAccessAfterARequestAt(id, this.signIn.plusSeconds(125))).isEqualTo(this.signIn.plusSeconds(125));
	}

	@Test
	void attributesAreStillWrittenOnEveryRequest() {
		String id = newSession();
		Session session = this.sessions.findById(id);
		session.setLastAccessedTime(this.signIn.plusSeconds(5));
		session.setAttribute("csrf", "token");
		this.sessions.save(session);
		assertThat(this.stored.findById(id).<String>getAttribute("csrf")).isEqualTo("token");
		assertThat(this.sessions.findById(id).getAttributeNames()).containsExactlyInAnyOrder("who", "csrf");
	}

	@Test
	void aSessionDeletedThroughTheWrapperIsGone() {
		String id = newSession();
		this.sessions.deleteById(id);
		assertThat(this.sessions.findById(id)).isNull();
	}

}
