package health.covenant.identity;

import health.covenant.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** The session store on PostgreSQL, as two requests of one new session use it at the same time. */
@IntegrationTest
class SessionStoreTest {

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void twoRequestsAddingTheSameAttributeToOneSessionBothSucceedAndTheLaterWins() {
		addTheSameAttributeTwice(this.sessions);
	}

	private static <S extends Session> void addTheSameAttributeTwice(SessionRepository<S> sessions) {
		S created = sessions.createSession();
		sessions.save(created);
		// each request loads the session before the other one saved it
		S first = sessions.findById(created.getId());
		S second = sessions.findById(created.getId());
		first.setAttribute("covenant.test.attribute", "first");
		second.setAttribute("covenant.test.attribute", "second");

		sessions.save(first);
		sessions.save(second);

		assertThat((String) sessions.findById(created.getId()).getAttribute("covenant.test.attribute"))
			.isEqualTo("second");
		sessions.deleteById(created.getId());
	}

}
