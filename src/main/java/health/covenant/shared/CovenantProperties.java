package health.covenant.shared;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Application settings under {@code covenant.*}. See README.md for the environment variables.
 */
@ConfigurationProperties("covenant")
public record CovenantProperties(ZoneId timeZone, String baseUrl, EmbeddedDb embeddedDb, Boolean demo, Admin admin,
		Security security) {

	public CovenantProperties {
		timeZone = timeZone == null ? ZoneId.of("America/New_York") : timeZone;
		baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
		embeddedDb = embeddedDb == null ? new EmbeddedDb("./data/pg") : embeddedDb;
		admin = admin == null ? new Admin(null, null) : admin;
		security = security == null ? new Security(5, Duration.ofMinutes(15), null) : security;
	}

	public record EmbeddedDb(String dataDir) {
	}

	public record Admin(String email, String password) {
	}

	/**
	 * @param sessionMaxLifetime how long a session may last from sign-in however active it is (the
	 * idle timeout is {@code spring.session.timeout}); default 12 hours
	 */
	public record Security(int maxFailedLogins, Duration lockout, Duration sessionMaxLifetime) {

		public Security {
			sessionMaxLifetime = sessionMaxLifetime == null ? Duration.ofHours(12) : sessionMaxLifetime;
		}

	}

}
