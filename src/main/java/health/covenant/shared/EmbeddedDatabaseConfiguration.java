package health.covenant.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With no {@code spring.datasource.url}, Covenant runs on an embedded, real PostgreSQL whose data
 * directory persists (default {@code ./data/pg}). An empty data directory setting gives a
 * throw-away database (tests). Every connection, local ones included, needs the password of
 * {@link #embeddedDatabasePassword}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	static final String PASSWORD_FILE = "db.password";

	/**
	 * Starts the embedded PostgreSQL on a thread of its own as soon as the bean definitions have been
	 * read, so that the database comes up while the rest of the context is being created instead of
	 * when the first bean asks for a connection (bench/README.md "Start-up").
	 */
	@Bean
	static EmbeddedPostgresStarter embeddedPostgresStarter(Environment environment) {
		return new EmbeddedPostgresStarter(environment);
	}

	/**
	 * The password of the embedded database's only role: generated once and kept in
	 * {@code db.password} next to the data directory ({@code ${COVENANT_DATA_DIR:./data}/db.password},
	 * owner-only), or a fresh one per start for a throw-away database (tests).
	 */
	@Bean
	DatabasePassword embeddedDatabasePassword(EmbeddedPostgresStarter starter) {
		return starter.password();
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresStarter starter) throws IOException {
		return starter.started();
	}

	@Bean
	JdbcConnectionDetails embeddedJdbcConnectionDetails(EmbeddedPostgres postgres, DatabasePassword password) {
		String url = postgres.getJdbcUrl("postgres", "postgres");
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return password.value();
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

	/**
	 * A data directory created before passwords were required (trust for local connections): give
	 * the role the password and require it from now on.
	 */
	private static void requirePassword(EmbeddedPostgres postgres, Path directory, String password)
			throws IOException {
		Path hba = directory.resolve("pg_hba.conf");
		String rules = Files.readString(hba, StandardCharsets.UTF_8);
		if (!rules.lines().anyMatch((line) -> !line.strip().startsWith("#") && line.strip().endsWith("trust"))) {
			return;
		}
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("ALTER ROLE postgres PASSWORD '" + password.replace("'", "''") + "'");
			Files.writeString(hba, rules.lines()
				.map((line) -> line.strip().startsWith("#") ? line : line.replaceAll("\\btrust\\s*$", "scram-sha-256"))
				.collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
			statement.execute("SELECT pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot set the embedded database password", ex);
		}
		log.info("The embedded database now requires a password for every connection");
	}

	private static String randomPassword() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static void ownerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			log.debug("No POSIX permissions on {}", file);
		}
	}

	/**
	 * Starts the embedded PostgreSQL in the background when the bean factory is ready to be post-processed
	 * (the data directory and the password are known then) and hands it to the {@code embeddedPostgres}
	 * bean, which waits for it. A database that was started but never handed over (the context failed
	 * first) is stopped with the context.
	 */
	static final class EmbeddedPostgresStarter implements BeanFactoryPostProcessor, DisposableBean {

		private final Environment environment;

		private DatabasePassword password;

		private CompletableFuture<EmbeddedPostgres> postgres;

		private boolean handedOver;

		EmbeddedPostgresStarter(Environment environment) {
			this.environment = environment;
		}

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			String dataDir = Binder.get(this.environment).bind("covenant.embedded-db.data-dir", String.class).orElse("./data/pg");
			try {
				this.password = password(dataDir);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read or create the embedded database password", ex);
			}
			this.postgres = new CompletableFuture<>();
			Thread thread = new Thread(() -> {
				try {
					this.postgres.complete(start(dataDir, this.password.value()));
				}
				catch (Throwable ex) {
					this.postgres.completeExceptionally(ex);
				}
			}, "embedded-postgres-start");
			thread.setDaemon(true);
			thread.start();
		}

		DatabasePassword password() {
			return this.password;
		}

		/** The database once it accepts connections; the caller closes it. */
		synchronized EmbeddedPostgres started() throws IOException {
			this.handedOver = true;
			try {
				return this.postgres.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof IOException io) {
					throw io;
				}
				throw new IllegalStateException("The embedded PostgreSQL did not start", ex.getCause());
			}
		}

		@Override
		public synchronized void destroy() throws IOException {
			if (this.postgres != null && !this.handedOver) {
				EmbeddedPostgres started = this.postgres.exceptionally((ex) -> null).join();
				if (started != null) {
					started.close();
				}
			}
		}

		private static DatabasePassword password(String dataDir) throws IOException {
			if (dataDir == null || dataDir.isBlank()) {
				return new DatabasePassword(randomPassword());
			}
			Path file = Path.of(dataDir).toAbsolutePath().normalize().getParent().resolve(PASSWORD_FILE);
			if (Files.exists(file)) {
				return new DatabasePassword(Files.readString(file, StandardCharsets.US_ASCII).strip());
			}
			Files.createDirectories(file.getParent());
			String password = randomPassword();
			Files.writeString(file, password + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
			ownerOnly(file);
			log.info("Generated the embedded database password in {}", file);
			return new DatabasePassword(password);
		}

		private static EmbeddedPostgres start(String dataDir, String password) throws IOException {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setServerConfig("max_connections", "100")
				.setServerConfig("timezone", "UTC")
				// Spring closes it after the connection pool; a JVM hook of its own would race the pool.
				.setRegisterShutdownHook(false);
			Path directory = null;
			if (dataDir != null && !dataDir.isBlank()) {
				directory = Path.of(dataDir).toAbsolutePath().normalize();
				Files.createDirectories(directory);
				builder.setDataDirectory(directory).setCleanDataDirectory(false);
				log.info("Embedded PostgreSQL data directory: {}", directory);
			}
			Path passwordFile = Files.createTempFile("covenant-pg", ".pw");
			try {
				ownerOnly(passwordFile);
				Files.writeString(passwordFile, password + "\n", StandardCharsets.US_ASCII);
				// initdb runs "-A trust" first; these later options win: every connection needs the password
				builder.setLocaleConfig("auth", "scram-sha-256")
					.setLocaleConfig("pwfile", passwordFile.toString())
					.setConnectConfig("password", password);
				EmbeddedPostgres postgres = builder.start();
				if (directory != null) {
					requirePassword(postgres, directory, password);
				}
				return postgres;
			}
			finally {
				Files.deleteIfExists(passwordFile);
			}
		}

	}

	/** The embedded database's password. */
	record DatabasePassword(String value) {

		@Override
		public String toString() {
			return "DatabasePassword[****]";
		}

	}

	/** Present only when the embedded database runs; decides the demo mode default. */
	public static final class EmbeddedDatabase {

	}

}
