package health.covenant.notifications.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import health.covenant.identity.Role;
import health.covenant.notifications.ReminderRule;
import health.covenant.notifications.ReminderSettings;
import health.covenant.obligations.ObligationKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The reminder rule form of one obligation kind. */
class RuleForm {

	@Size(max = 200)
	private String offsets;

	private boolean notifyOwner;

	private List<Role> recipientRoles = new ArrayList<>();

	@NotNull
	@Min(0)
	@Max(365)
	private Integer overdueRepeatDays;

	@NotNull
	@Min(0)
	@Max(365)
	private Integer escalateAfterDays;

	private List<Role> escalationRoles = new ArrayList<>();

	private long version;

	static RuleForm of(ReminderRule rule) {
		RuleForm form = new RuleForm();
		form.offsets = rule.offsets().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
		form.notifyOwner = rule.notifyOwner();
		form.recipientRoles = new ArrayList<>(rule.recipientRoles());
		form.overdueRepeatDays = rule.overdueRepeatDays();
		form.escalateAfterDays = rule.escalateAfterDays();
		form.escalationRoles = new ArrayList<>(rule.escalationRoles());
		form.version = rule.version();
		return form;
	}

	ReminderRule toRule(ObligationKind kind) {
		return new ReminderRule(kind, ReminderSettings.parseOffsets(this.offsets), this.notifyOwner,
				roles(this.recipientRoles), this.overdueRepeatDays, this.escalateAfterDays, roles(this.escalationRoles),
				this.version);
	}

	private static EnumSet<Role> roles(List<Role> roles) {
		return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public String getOffsets() {
		return this.offsets;
	}

	public void setOffsets(String offsets) {
		this.offsets = offsets;
	}

	public boolean isNotifyOwner() {
		return this.notifyOwner;
	}

	public void setNotifyOwner(boolean notifyOwner) {
		this.notifyOwner = notifyOwner;
	}

	public List<Role> getRecipientRoles() {
		return this.recipientRoles;
	}

	public void setRecipientRoles(List<Role> recipientRoles) {
		this.recipientRoles = recipientRoles;
	}

	public Integer getOverdueRepeatDays() {
		return this.overdueRepeatDays;
	}

	public void setOverdueRepeatDays(Integer overdueRepeatDays) {
		this.overdueRepeatDays = overdueRepeatDays;
	}

	public Integer getEscalateAfterDays() {
		return this.escalateAfterDays;
	}

	public void setEscalateAfterDays(Integer escalateAfterDays) {
		this.escalateAfterDays = escalateAfterDays;
	}

	public List<Role> getEscalationRoles() {
		return this.escalationRoles;
	}

	public void setEscalationRoles(List<Role> escalationRoles) {
		this.escalationRoles = escalationRoles;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
