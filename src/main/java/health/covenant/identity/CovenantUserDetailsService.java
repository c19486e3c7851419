package health.covenant.identity;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads a user for sign-in; a locked or disabled account is refused by Spring Security. */
@Component
class CovenantUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	private final Clock clock;

	CovenantUserDetailsService(UserRepository users, Clock clock) {
		this.users = users;
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
			.authorities(user.getRoles().stream().map(Role::authority).toArray(String[]::new))
			.build();
	}

}
