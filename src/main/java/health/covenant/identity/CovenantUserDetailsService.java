package health.covenant.identity;

import java.time.Clock;
import java.time.Instant;

import health.covenant.identity.mfa.SecondFactorService;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a user for sign-in; a locked or disabled account is refused by Spring Security. A user who
 * must still give a second factor gets no role yet, only the authority of that pending step.
 */
@Component
class CovenantUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	private final SecondFactorService secondFactors;

	private final Clock clock;

	CovenantUserDetailsService(UserRepository users, SecondFactorService secondFactors, Clock clock) {
		this.users = users;
		this.secondFactors = secondFactors;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String name = UserNames.normalise(username);
		if (!UserNames.fits(name)) {
			throw new UsernameNotFoundException("unknown user");
		}
		AppUser user = this.users.findByEmail(name).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return User.withUsername(user.getEmail())
			.password(user.getPasswordHash())
			.disabled(!user.isEnabled())
			.accountLocked(user.isLockedAt(Instant.now(this.clock)))
			.authorities(this.secondFactors.pendingAfterPassword(user.getId(), user.getRoles())
				.map((pending) -> new String[] { pending })
				.orElseGet(() -> user.getRoles().stream().map(Role::authority).toArray(String[]::new)))
			.build();
	}

}
