package health.covenant.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import health.covenant.shared.jpa.AuditableEntity;

import java.time.ZoneId;

@Entity
@Table(name = "app_user")
class AppUser extends AuditableEntity {

	@Column(nullable = false)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "failed_logins", nullable = false)
	private int failedLogins;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "time_zone", nullable = false)
	private String timeZone = "America/New_York";

	@Enumerated(EnumType.STRING)
	@Column(name = "notification_preference", nullable = false)
	private NotificationPreference notificationPreference = NotificationPreference.IMMEDIATE;

	@Column(name = "risk_digest_opt_out", nullable = false)
	private boolean riskDigestOptOut;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected AppUser() {
	}

	AppUser(String email, String displayName, String passwordHash, Set<Role> roles, ZoneId timeZone) {
		this.email = UserNames.normalise(email);
		this.displayName = displayName.strip();
		this.passwordHash = passwordHash;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.timeZone = timeZone.getId();
	}

	String getEmail() {
		return this.email;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Set<Role> getRoles() {
		return this.roles;
	}

	int getFailedLogins() {
		return this.failedLogins;
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	void changeNotificationPreference(NotificationPreference preference) {
		this.notificationPreference = preference;
	}

	NotificationPreference getNotificationPreference() {
		return this.notificationPreference;
	}

	void changeRiskDigestOptOut(boolean optOut) {
		this.riskDigestOptOut = optOut;
	}

	boolean isRiskDigestOptOut() {
		return this.riskDigestOptOut;
	}

	void recordSuccessfulLogin() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	void update(String displayName, Set<Role> roles, boolean enabled) {
		this.displayName = displayName.strip();
		this.roles.clear();
		this.roles.addAll(roles);
		this.enabled = enabled;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	ManagedUser toManaged() {
		return new ManagedUser(getId(), this.email, this.displayName,
				this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles), this.enabled,
				this.lockedUntil, getVersion(), getCreatedAt());
	}

	UserSummary toSummary() {
		return new UserSummary(getId(), this.email, this.displayName,
				this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles), this.enabled,
				ZoneId.of(this.timeZone), this.notificationPreference, this.riskDigestOptOut);
	}

}
