package health.covenant.identity.mfa;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Where a sign-in stands. After the password, a user who must give a second factor holds only one
 * of the two "pending" authorities (no role), which lets them reach the code prompt or the
 * enrolment page and nothing else; the second factor replaces it with their roles.
 */
public final class SignInStage {

	/** Password accepted; a code from the authenticator app (or a recovery code) is still due. */
	public static final String CODE_PENDING = "SIGN_IN_CODE_PENDING";

	/** Password accepted; the user's role requires a second factor they have not set up yet. */
	public static final String ENROLMENT_PENDING = "SIGN_IN_ENROLMENT_PENDING";

	/** The factor an authenticator app code (or recovery code) proves. */
	public static final String TOTP_FACTOR = "FACTOR_TOTP";

	private static final Set<String> PENDING = Set.of(CODE_PENDING, ENROLMENT_PENDING);

	private SignInStage() {
	}

	/** Whether this authentication still waits for its second factor. */
	public static boolean isPending(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(PENDING::contains);
	}

	static boolean holds(Authentication authentication, String authority) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((granted) -> authority.equals(granted.getAuthority()));
	}

}
