package health.covenant.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store without a write on every request. Spring Session records each request's time as
 * the session's last access, which rewrites the session's row on every page and fragment (with 16
 * requests of one session at a time they queue for that row's lock; measured in bench/README.md). Here a
 * new last-access time is kept only when the stored one is at least {@link #GRANULARITY} old: the idle
 * timeout (30 minutes by default) is then counted from a time at most a minute early. Attribute changes,
 * new sessions and session id changes are written as before.
 */
final class LastAccessWrites implements FindByIndexNameSessionRepository<Session> {

	static final Duration GRANULARITY = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<Session> delegate;

	@SuppressWarnings("unchecked")
	LastAccessWrites(FindByIndexNameSessionRepository<? extends Session> delegate) {
		this.delegate = (FindByIndexNameSessionRepository<Session>) delegate;
	}

	@Override
	public Session createSession() {
		return new Coarse(this.delegate.createSession());
	}

	@Override
	public void save(Session session) {
		this.delegate.save(session instanceof Coarse coarse ? coarse.session : session);
	}

	@Override
	public Session findById(String id) {
		Session session = this.delegate.findById(id);
		return session == null ? null : new Coarse(session);
	}

	@Override
	public void deleteById(String id) {
		this.delegate.deleteById(id);
	}

	@Override
	public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Session> found = new LinkedHashMap<>();
		this.delegate.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new Coarse(session)));
		return found;
	}

	/** A session that ignores a new last-access time less than {@link #GRANULARITY} after the stored one. */
	private static final class Coarse implements Session {

		private final Session session;

		Coarse(Session session) {
			this.session = session;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			Instant stored = this.session.getLastAccessedTime();
			if (stored == null || !lastAccessedTime.isBefore(stored.plus(GRANULARITY)) || lastAccessedTime.isBefore(stored)) {
				this.session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			return this.session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
