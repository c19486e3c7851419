package health.covenant.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, Covenant runs on an embedded, real PostgreSQL whose data
 * directory persists (default {@code ./data/pg}). An empty data directory setting gives a
 * throw-away database (tests).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(CovenantProperties properties) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setServerConfig("max_connections", "100")
			.setServerConfig("timezone", "UTC")
			// Spring closes it after the connection pool; a JVM hook of its own would race the pool.
			.setRegisterShutdownHook(false);
		String dataDir = properties.embeddedDb().dataDir();
		if (dataDir != null && !dataDir.isBlank()) {
			Path directory = Path.of(dataDir).toAbsolutePath().normalize();
			Files.createDirectories(directory);
			builder.setDataDirectory(directory).setCleanDataDirectory(false);
			log.info("Embedded PostgreSQL data directory: {}", directory);
		}
		return builder.start();
	}

	@Bean
	JdbcConnectionDetails embeddedJdbcConnectionDetails(EmbeddedPostgres postgres) {
		String url = postgres.getJdbcUrl("postgres", "postgres");
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "postgres";
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}
		};
	}

	@Bean
	EmbeddedDatabase embeddedDatabaseMarker() {
		return new EmbeddedDatabase();
	}

	/** Present only when the embedded database runs; decides the demo mode default. */
	public static final class EmbeddedDatabase {

	}

}
