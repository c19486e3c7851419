package health.covenant.identity;

import java.util.Optional;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in user as read once per request: {@link SignedInAccountFilter} reads the account on every
 * request of a signed-in session anyway (to end the session of a disabled account), and keeps what it read
 * here, so that {@link UserService#current()} (navigation badges, "mine" filters, preferences) costs no
 * further query. Outside a request nothing is kept. A change to the account in the same request forgets it.
 */
final class CurrentUser {

	private static final String ATTRIBUTE = CurrentUser.class.getName();

	private CurrentUser() {
	}

	static void remember(UserSummary user) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null) {
			attributes.setAttribute(ATTRIBUTE, user, RequestAttributes.SCOPE_REQUEST);
		}
	}

	/** The user kept for this request, if it is the one with this e-mail address. */
	static Optional<UserSummary> known(String email) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null && attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof UserSummary user
				&& user.email().equalsIgnoreCase(email)) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	static void forget() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null) {
			attributes.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		}
	}

}
