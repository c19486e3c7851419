/**
 * Users, roles, sign-in, sessions and the security configuration. Other modules ask
 * {@link health.covenant.identity.UserService} about people (owners, reminder recipients) and
 * use {@link health.covenant.identity.Role} in their authorisation rules.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "shared", "audit::api" })
package health.covenant.identity;

import org.springframework.modulith.ApplicationModule;
