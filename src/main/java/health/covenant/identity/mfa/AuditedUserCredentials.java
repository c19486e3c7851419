package health.covenant.identity.mfa;

import java.util.List;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.identity.UserService;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Security's passkey store, with the addition of a passkey audited (in the same
 * transaction). Saving a known passkey (its counter after a sign-in) is not audited: the sign-in is.
 */
class AuditedUserCredentials implements UserCredentialRepository {

	private final UserCredentialRepository delegate;

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final UserService users;

	private final AuditService audit;

	private final TransactionTemplate transactions;

	AuditedUserCredentials(UserCredentialRepository delegate, PublicKeyCredentialUserEntityRepository userEntities,
			UserService users, AuditService audit, TransactionTemplate transactions) {
		this.delegate = delegate;
		this.userEntities = userEntities;
		this.users = users;
		this.audit = audit;
		this.transactions = transactions;
	}

	@Override
	public void save(CredentialRecord credential) {
		this.transactions.executeWithoutResult((status) -> {
			boolean added = this.delegate.findByCredentialId(credential.getCredentialId()) == null;
			this.delegate.save(credential);
			if (added) {
				PublicKeyCredentialUserEntity owner = this.userEntities.findById(credential.getUserEntityUserId());
				Long userId = owner == null ? null
						: this.users.findByEmail(owner.getName()).map((user) -> user.id()).orElse(null);
				this.audit.record("PASSKEY_ADDED", "User", userId, "Added passkey \"" + credential.getLabel() + "\"",
						AuditChanges.none().field("passkey", null, credential.getLabel()));
			}
		});
	}

	@Override
	public void delete(Bytes credentialId) {
		this.delegate.delete(credentialId);
	}

	@Override
	public CredentialRecord findByCredentialId(Bytes credentialId) {
		return this.delegate.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return this.delegate.findByUserId(userId);
	}

}
