package health.covenant.notifications;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** A configured link secret must be at least 32 bytes, or the application refuses to start and says why. */
class LinkSecretTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Properties.class);

	@ParameterizedTest(name = "{0} bytes: refused")
	@ValueSource(ints = { 1, 16, 31 })
	void aShortSecretStopsTheStartWithAClearMessage(int length) {
		this.runner.withPropertyValues("covenant.notifications.link-secret=" + "s".repeat(length))
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("COVENANT_NOTIFICATIONS_LINK_SECRET")
					.hasMessageContaining("at least 32 bytes");
			});
	}

	@ParameterizedTest(name = "{0} bytes: accepted")
	@ValueSource(ints = { 32, 64 })
	void aLongEnoughSecretIsUsed(int length) {
		this.runner.withPropertyValues("covenant.notifications.link-secret=" + "s".repeat(length))
			.run((context) -> assertThat(context.getBean(NotificationProperties.class).linkSecret()).hasSize(length));
	}

	@ParameterizedTest(name = "\"{0}\": a random secret kept in the database")
	@ValueSource(strings = { "", " " })
	void noSecretMeansTheGeneratedOne(String secret) {
		this.runner.withPropertyValues("covenant.notifications.link-secret=" + secret)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(NotificationProperties.class)
	static class Properties {

	}

}
