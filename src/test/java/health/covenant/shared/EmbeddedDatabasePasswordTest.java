package health.covenant.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import health.covenant.IntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class EmbeddedDatabasePasswordTest {

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	EmbeddedDatabaseConfiguration.DatabasePassword password;

	@Test
	void aLocalConnectionWithoutThePasswordIsRefused() {
		String url = "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/postgres";

		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> connect(url, null));
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> connect(url, "postgres"));
	}

	@Test
	void theApplicationsPasswordIsAccepted() throws SQLException {
		String url = "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/postgres";
		try (Connection connection = connect(url, this.password.value())) {
			assertThat(connection.isValid(5)).isTrue();
		}
	}

	private static Connection connect(String url, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", "postgres");
		if (password != null) {
			properties.setProperty("password", password);
		}
		return DriverManager.getConnection(url, properties);
	}

}
