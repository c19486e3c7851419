package health.covenant.vendors;

import org.springframework.modulith.NamedInterface;

/** A vendor's risk tier, lowest first: it sets how often the vendor is reassessed. */
@NamedInterface("api")
public enum RiskTier {

	LOW, MEDIUM, HIGH, CRITICAL;

	public boolean isHigherThan(RiskTier other) {
		return other == null || compareTo(other) > 0;
	}

}
