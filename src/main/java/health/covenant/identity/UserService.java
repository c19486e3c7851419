package health.covenant.identity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.shared.Actor;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.OrganisationTimeZone;
import health.covenant.shared.NotFoundException;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People in Covenant: look-ups for other modules, creation for admin and start-up. */
@NamedInterface("api")
@Service
public class UserService {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditService audit;

	private final OrganisationTimeZone timeZone;

	private final UserSessions sessions;

	private final PasswordPolicy passwordPolicy;

	UserService(UserRepository users, PasswordEncoder passwordEncoder, AuditService audit,
			OrganisationTimeZone timeZone, UserSessions sessions, PasswordPolicy passwordPolicy) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.timeZone = timeZone;
		this.sessions = sessions;
		this.passwordPolicy = passwordPolicy;
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> findById(long id) {
		return this.users.findById(id).map(AppUser::toSummary);
	}

	/** The users with these ids (those that exist), in one query. */
	@Transactional(readOnly = true)
	public List<UserSummary> findAllById(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.users.findAllWithRoles(ids).stream().map(AppUser::toSummary).toList();
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> findByEmail(String email) {
		return summaryByEmail(email);
	}

	/** One read that fetches the user with the roles (no transaction needed). */
	private Optional<UserSummary> summaryByEmail(String email) {
		return this.users.findByEmail(UserNames.normalise(email)).map(AppUser::toSummary);
	}

	/**
	 * The signed-in user, if any. In a request of a signed-in session this is what the session's account
	 * check read at the start of the request ({@link CurrentUser}): no further query, and no transaction
	 * (otherwise one read that fetches the roles with the user).
	 */
	public Optional<UserSummary> current() {
		String email = Actor.current();
		Optional<UserSummary> known = CurrentUser.known(email);
		return known.isPresent() ? known : summaryByEmail(email);
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
		CurrentUser.forget();
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

	/**
	 * A security officer opts out of the weekly risk digest, or back in (only for themselves); audited.
	 * Other users receive no digest, so there is nothing for them to choose.
	 */
	@Transactional
	@PreAuthorize("hasRole('SECURITY_OFFICER')")
	public UserSummary changeRiskDigestOptOut(long userId, boolean optOut) {
		CurrentUser.forget();
		AppUser user = this.users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
		if (!user.getEmail().equalsIgnoreCase(Actor.current())) {
			throw new AccessDeniedException("Only the user may change whether they receive the risk digest");
		}
		boolean before = user.isRiskDigestOptOut();
		if (before != optOut) {
			user.changeRiskDigestOptOut(optOut);
			this.audit.record("USER_PREFERENCE_CHANGED", "User", user.getId(),
					optOut ? "Opted out of the weekly risk digest" : "Opted in to the weekly risk digest",
					AuditChanges.none().field("riskDigestOptOut", before, optOut));
		}
		return user.toSummary();
	}

	/** Enabled security officers who have not opted out of the weekly risk digest, by display name. */
	@Transactional(readOnly = true)
	public List<UserSummary> riskDigestRecipients() {
		return usersWithRole(Role.SECURITY_OFFICER).stream().filter(UserSummary::receivesRiskDigest).toList();
	}

	@Transactional(readOnly = true)
	public List<ManagedUser> managedUsers() {
		return this.users.findAllOrdered().stream().map(AppUser::toManaged).toList();
	}

	@Transactional(readOnly = true)
	public ManagedUser managedUser(long id) {
		return this.users.findById(id).map(AppUser::toManaged).orElseThrow(() -> new NotFoundException("User", id));
	}

	/**
	 * Administrator creates a user with an initial password (to be passed on out of band).
	 * @throws UserAdministrationException if the e-mail is taken or the password too weak
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public UserSummary register(String email, String displayName, String rawPassword, Set<Role> roles) {
		if (this.users.findByEmail(UserNames.normalise(email)).isPresent()) {
			throw new UserAdministrationException("email", "users.email.taken");
		}
		requireStrong("password", rawPassword, email);
		return createUser(email, displayName, rawPassword, roles, this.timeZone.get());
	}

	/**
	 * Administrator changes name, roles and enabled flag. Refuses to leave the organisation without
	 * an enabled administrator, and refuses a stale version (someone else saved first). A change of
	 * roles or of the enabled flag ends the user's sessions.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void update(long id, long version, String displayName, Set<Role> roles, boolean enabled) {
		CurrentUser.forget();
		AppUser user = this.users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
		if (user.getVersion() != version) {
			throw new ConcurrentEditException("User", id);
		}
		boolean wasAdmin = user.isEnabled() && user.getRoles().contains(Role.ADMIN);
		boolean staysAdmin = enabled && roles.contains(Role.ADMIN);
		if (wasAdmin && !staysAdmin && this.users.countEnabledWithRole(Role.ADMIN) <= 1) {
			throw new UserAdministrationException("roles", "users.lastAdmin");
		}
		Map<String, Object> before = snapshot(user);
		boolean rightsChange = user.isEnabled() != enabled || !user.getRoles().equals(roles);
		user.update(displayName, roles, enabled);
		if (rightsChange) {
			this.sessions.endAfterCommit(user.getEmail());
		}
		this.audit.record("USER_UPDATED", "User", id, "Updated user " + user.getEmail(),
				AuditChanges.diff(before, snapshot(user)));
	}

	/**
	 * Administrator sets a new password and lifts any lock-out; the user's sessions end.
	 * @throws UserAdministrationException if the password is too weak
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void resetPassword(long id, String rawPassword) {
		AppUser user = this.users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
		requireStrong("password", rawPassword, user.getEmail());
		user.changePassword(this.passwordEncoder.encode(rawPassword));
		user.recordSuccessfulLogin();
		this.sessions.endAfterCommit(user.getEmail());
		this.audit.record("USER_PASSWORD_RESET", "User", id, "Reset the password of " + user.getEmail(),
				AuditChanges.none());
	}

	/**
	 * The signed-in user changes their own password, proving the current one. Their other sessions
	 * end; the one in {@code keptSessionId} (where they did it) stays. A wrong current password is
	 * audited and refused.
	 * @throws UserAdministrationException naming the field ({@code currentPassword} or
	 * {@code newPassword}) and the message key
	 */
	@Transactional(noRollbackFor = UserAdministrationException.class)
	@PreAuthorize("isAuthenticated()")
	public void changeOwnPassword(String currentPassword, String newPassword, String keptSessionId) {
		AppUser user = this.users.findByEmail(UserNames.normalise(Actor.current()))
			.orElseThrow(() -> new AccessDeniedException("Only a signed-in user may change their password"));
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			this.audit.record("USER_PASSWORD_CHANGE_FAILED", "User", user.getId(),
					"Password change refused: wrong current password", AuditChanges.none());
			throw new UserAdministrationException("currentPassword", "account.password.currentWrong");
		}
		if (currentPassword.equals(newPassword)) {
			throw new UserAdministrationException("newPassword", "account.password.same");
		}
		requireStrong("newPassword", newPassword, user.getEmail());
		user.changePassword(this.passwordEncoder.encode(newPassword));
		this.sessions.endAfterCommit(user.getEmail(), keptSessionId);
		this.audit.record("USER_PASSWORD_CHANGED", "User", user.getId(),
				"Changed their own password; other sessions ended", AuditChanges.none());
	}

	private void requireStrong(String field, String rawPassword, String email) {
		this.passwordPolicy.problem(rawPassword, email).ifPresent((key) -> {
			throw new UserAdministrationException(field, key);
		});
	}

	/** Administrator lifts a lock-out after failed sign-ins. */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void unlock(long id) {
		AppUser user = this.users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
		Instant before = user.getLockedUntil();
		user.recordSuccessfulLogin();
		this.audit.record("USER_UNLOCKED", "User", id, "Unlocked " + user.getEmail(),
				AuditChanges.none().field("lockedUntil", before, null));
	}

	private static Map<String, Object> snapshot(AppUser user) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("displayName", user.getDisplayName());
		values.put("roles", user.getRoles());
		values.put("enabled", user.isEnabled());
		return values;
	}

	/** Creates a user without further checks: start-up (demo accounts, first administrator) and tests. */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public UserSummary createUser(String email, String displayName, String rawPassword, Set<Role> roles,
			ZoneId timeZone) {
		AppUser user = this.users.save(
				new AppUser(email, displayName, this.passwordEncoder.encode(rawPassword), roles, timeZone));
		this.audit.record("USER_CREATED", "User", user.getId(), "Created user " + user.getEmail(),
				AuditChanges.created(Map.of("email", user.getEmail(), "displayName",
						user.getDisplayName(), "roles", user.getRoles())));
		return user.toSummary();
	}

}
