package health.covenant.e2e;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import health.covenant.identity.mfa.Totp;

/**
 * What a user's authenticator app would show: codes for the secrets read from the enrolment page,
 * by the application's clock (the test clock), never two for the same 30-second step (the
 * application refuses a replayed step).
 */
public final class Authenticator {

	private static final long STEP_SECONDS = 30;

	private final Clock clock;

	private final Map<String, String> secrets = new ConcurrentHashMap<>();

	private final Map<String, Long> lastSteps = new ConcurrentHashMap<>();

	public Authenticator(Clock clock) {
		this.clock = clock;
	}

	/** Remembers the secret shown at enrolment; returns the code that confirms it. */
	public String enrol(String email, String secretAsShown) {
		this.secrets.put(email, secretAsShown.replace(" ", ""));
		this.lastSteps.remove(email);
		return code(email);
	}

	/**
	 * The code for the current step or, if that one was used already, the next one (the application
	 * accepts one step of drift). Advance the test clock to sign in more than twice per step.
	 */
	public String code(String email) {
		String secret = this.secrets.get(email);
		if (secret == null) {
			throw new AssertionError("no authenticator app set up for " + email + " in this test");
		}
		long current = this.clock.instant().getEpochSecond() / STEP_SECONDS;
		long step = Math.max(current, this.lastSteps.getOrDefault(email, current - 1) + 1);
		if (step > current + 1) {
			throw new AssertionError("both usable codes of this time step were used; advance the test clock");
		}
		this.lastSteps.put(email, step);
		return Totp.code(secret, Instant.ofEpochSecond(step * STEP_SECONDS));
	}

}
