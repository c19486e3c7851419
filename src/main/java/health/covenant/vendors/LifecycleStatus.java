package health.covenant.vendors;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * Where a vendor stands in its relationship with us. Moves only forward:
 * PROSPECT → ONBOARDING | TERMINATED, ONBOARDING → ACTIVE | TERMINATED, ACTIVE → OFFBOARDING,
 * OFFBOARDING → TERMINATED; TERMINATED is final.
 */
@NamedInterface("api")
public enum LifecycleStatus {

	PROSPECT, ONBOARDING, ACTIVE, OFFBOARDING, TERMINATED;

	/** The statuses this one may change to, in lifecycle order. */
	public Set<LifecycleStatus> allowedTargets() {
		return switch (this) {
			case PROSPECT -> EnumSet.of(ONBOARDING, TERMINATED);
			case ONBOARDING -> EnumSet.of(ACTIVE, TERMINATED);
			case ACTIVE -> EnumSet.of(OFFBOARDING);
			case OFFBOARDING -> EnumSet.of(TERMINATED);
			case TERMINATED -> EnumSet.noneOf(LifecycleStatus.class);
		};
	}

	public boolean canChangeTo(LifecycleStatus target) {
		return target != null && allowedTargets().contains(target);
	}

	/** ONBOARDING or ACTIVE: the vendor is (about to be) doing work for us. */
	public boolean inService() {
		return this == ONBOARDING || this == ACTIVE;
	}

}
