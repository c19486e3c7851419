package health.covenant.obligations.web;

import health.covenant.identity.UserService;
import health.covenant.obligations.ObligationService;
import health.covenant.shared.web.NavigationBadge;

import org.springframework.stereotype.Component;

/** The number of the signed-in user's overdue obligations, next to "Obligations". */
@Component
class OverdueBadge implements NavigationBadge {

	private final ObligationService obligations;

	private final UserService users;

	OverdueBadge(ObligationService obligations, UserService users) {
		this.obligations = obligations;
		this.users = users;
	}

	@Override
	public String navigationKey() {
		return "obligations";
	}

	@Override
	public long count(int cap) {
		return this.users.current().map((me) -> this.obligations.countOverdue(me.id(), cap)).orElse(0L);
	}

	@Override
	public String labelKey() {
		return "obligations.badge.overdue";
	}

}
