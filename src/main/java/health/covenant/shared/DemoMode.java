package health.covenant.shared;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether this instance runs the demo: demo accounts, demo data and the "demo data" badge. On by
 * default with the embedded database, off with an external one; {@code covenant.demo} overrides.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(CovenantProperties properties,
			ObjectProvider<EmbeddedDatabaseConfiguration.EmbeddedDatabase> embeddedDatabase) {
		this.enabled = properties.demo() != null ? properties.demo() : embeddedDatabase.getIfAvailable() != null;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

}
