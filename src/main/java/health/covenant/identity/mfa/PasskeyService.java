package health.covenant.identity.mfa;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's passkeys (WebAuthn credentials, stored in Spring Security's {@code user_credentials}
 * table, owned through {@code user_entities.name}, the user's e-mail): listing, removal by the user
 * and by the administrator's reset, each removal audited. Adding happens through Spring Security's
 * registration endpoint and is audited by {@link AuditedUserCredentials}.
 */
@Service
public class PasskeyService {

	/** One passkey as shown to its owner. */
	public record Passkey(String id, String label, Instant created, Instant lastUsed) {
	}

	private final JdbcClient jdbc;

	private final UserService users;

	private final AuditService audit;

	PasskeyService(JdbcClient jdbc, UserService users, AuditService audit) {
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Passkey> passkeys(String email) {
		return this.jdbc.sql("""
				SELECT c.credential_id, c.label, c.created, c.last_used FROM user_credentials c
				JOIN user_entities e ON e.id = c.user_entity_user_id
				WHERE e.name = :email ORDER BY c.created, c.credential_id""")
			.param("email", email)
			.query((rs, row) -> new Passkey(rs.getString("credential_id"), rs.getString("label"),
					instant(rs.getTimestamp("created")), instant(rs.getTimestamp("last_used"))))
			.list();
	}

	/** The user removes one of their own passkeys; another user's passkey is not found. */
	@Transactional
	public void remove(String email, String credentialId) {
		UserSummary user = this.users.findByEmail(email).orElseThrow(() -> new NotFoundException("User", email));
		List<String> labels = this.jdbc.sql("""
				DELETE FROM user_credentials c USING user_entities e
				WHERE e.id = c.user_entity_user_id AND e.name = :email AND c.credential_id = :id
				RETURNING c.label""")
			.param("email", user.email())
			.param("id", credentialId)
			.query(String.class)
			.list();
		if (labels.isEmpty()) {
			throw new NotFoundException("Passkey", credentialId);
		}
		this.audit.record("PASSKEY_REMOVED", "User", user.id(), "Removed passkey \"" + labels.get(0) + "\"",
				AuditChanges.none().field("passkey", labels.get(0), null));
	}

	/** Removes every passkey of the user (the administrator's reset); how many there were. */
	int removeAll(UserSummary user) {
		return this.jdbc.sql("""
				DELETE FROM user_credentials c USING user_entities e
				WHERE e.id = c.user_entity_user_id AND e.name = :email""")
			.param("email", user.email())
			.update();
	}

	@Transactional(readOnly = true)
	public int count(String email) {
		return this.jdbc.sql("""
				SELECT count(*) FROM user_credentials c JOIN user_entities e ON e.id = c.user_entity_user_id
				WHERE e.name = :email""").param("email", email).query(Integer.class).single();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
