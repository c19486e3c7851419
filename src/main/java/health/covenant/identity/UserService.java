package health.covenant.identity;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.shared.Actor;
import health.covenant.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People in Covenant: look-ups for other modules, creation for admin and start-up. */
@Service
public class UserService {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditService audit;

	UserService(UserRepository users, PasswordEncoder passwordEncoder, AuditService audit) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> findById(long id) {
		return this.users.findById(id).map(AppUser::toSummary);
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> findByEmail(String email) {
		return this.users.findByEmail(email).map(AppUser::toSummary);
	}

	/** The signed-in user, if any. */
	@Transactional(readOnly = true)
	public Optional<UserSummary> current() {
		return findByEmail(Actor.current());
	}

	/** Enabled users holding the role, by display name. */
	@Transactional(readOnly = true)
	public List<UserSummary> usersWithRole(Role role) {
		return this.users.findEnabledWithRole(role).stream().map(AppUser::toSummary).toList();
	}

	@Transactional(readOnly = true)
	public List<UserSummary> allUsers() {
		return this.users.findAllOrdered().stream().map(AppUser::toSummary).toList();
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.users.count();
	}

	/** A user chooses immediate e-mails or one daily digest (only for themselves). */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public UserSummary changeNotificationPreference(long userId, NotificationPreference preference) {
		AppUser user = this.users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
		if (!user.getEmail().equalsIgnoreCase(Actor.current())) {
			throw new AccessDeniedException("Only the user may change their notification preference");
		}
		NotificationPreference before = user.getNotificationPreference();
		if (before != preference) {
			user.changeNotificationPreference(preference);
			this.audit.record("USER_PREFERENCE_CHANGED", "User", user.getId(), "Changed notification preference",
					AuditChanges.none().field("notificationPreference", before, preference));
		}
		return user.toSummary();
	}

	@Transactional
	public UserSummary createUser(String email, String displayName, String rawPassword, Set<Role> roles,
			ZoneId timeZone) {
		AppUser user = this.users.save(
				new AppUser(email, displayName, this.passwordEncoder.encode(rawPassword), roles, timeZone));
		this.audit.record("USER_CREATED", "User", user.getId(), "Created user " + user.getEmail(),
				AuditChanges.created(java.util.Map.of("email", user.getEmail(), "displayName",
						user.getDisplayName(), "roles", user.getRoles())));
		return user.toSummary();
	}

}
