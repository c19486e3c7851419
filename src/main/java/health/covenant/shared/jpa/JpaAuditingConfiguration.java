package health.covenant.shared.jpa;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import health.covenant.shared.Actor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** created/updated at and by come from the injected clock and the signed-in user. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "actorAware", dateTimeProviderRef = "clockDateTimeProvider")
class JpaAuditingConfiguration {

	@Bean
	AuditorAware<String> actorAware() {
		return () -> Optional.of(Actor.current());
	}

	@Bean
	DateTimeProvider clockDateTimeProvider(Clock clock) {
		return () -> Optional.of(Instant.now(clock));
	}

}
