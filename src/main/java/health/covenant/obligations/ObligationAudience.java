package health.covenant.obligations;

import java.util.Set;

import health.covenant.identity.Role;

import org.springframework.modulith.NamedInterface;

/**
 * Who an obligation of a kind is addressed to besides its owner (the notifications module's reminder
 * rules). Users with one of these roles may acknowledge or snooze it, like its owner and ADMIN.
 */
@NamedInterface("api")
public interface ObligationAudience {

	/** The roles whose users hear about obligations of this kind. */
	Set<Role> recipientRoles(ObligationKind kind);

}
