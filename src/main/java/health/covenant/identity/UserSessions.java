package health.covenant.identity;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a person's sessions (on every instance: they live in PostgreSQL) when their rights change:
 * disabled, roles changed, password reset or changed. Done after the change commits, so a rolled
 * back change leaves the sessions alone and a new sign-in cannot see the old rights.
 */
@Component
class UserSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Ends every session of the user once the current transaction commits. */
	void endAfterCommit(String email) {
		endAfterCommit(email, null);
	}

	/** Ends every session of the user except {@code keptSessionId} once the current transaction commits. */
	void endAfterCommit(String email, String keptSessionId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					end(email, keptSessionId);
				}
			});
		}
		else {
			end(email, keptSessionId);
		}
	}

	private void end(String email, String keptSessionId) {
		this.sessions.findByPrincipalName(email)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keptSessionId))
			.forEach(this.sessions::deleteById);
	}

}
