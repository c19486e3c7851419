package health.covenant.identity.mfa;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;

/** A wrong second-factor code: counts toward the lock-out like a wrong password. */
public class SecondFactorRejectedEvent extends AuthenticationFailureBadCredentialsEvent {

	SecondFactorRejectedEvent(Authentication authentication) {
		super(authentication, new BadCredentialsException("wrong second-factor code"));
	}

}
