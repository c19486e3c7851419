package health.covenant.certifications;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import health.covenant.shared.SystemActor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The certifications' persistent, cluster-safe job (db-scheduler): every hour it recomputes the
 * vendors whose best certification lapsed since they were computed
 * ({@link CertificationStateService#refreshDue()}). Pages never wait for it: they derive each
 * certification's state from its stored dates and today.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "covenant.certifications.jobs-enabled", havingValue = "true", matchIfMissing = true)
class CertificationJobs {

	@Bean
	RecurringTask<Void> certificationStatesTask(CertificationStateService states) {
		return Tasks.recurring("certification-states", FixedDelay.of(Duration.ofHours(1)))
			.execute((instance, context) -> SystemActor.runAs(states::refreshDue));
	}

}
