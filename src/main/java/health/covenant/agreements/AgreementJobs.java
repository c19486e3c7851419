package health.covenant.agreements;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import health.covenant.shared.SystemActor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The agreements' persistent, cluster-safe job (db-scheduler): every hour it records the
 * supersessions whose day has come ({@link AgreementService#supersedeDue()}) and rolls the stored
 * dates of auto-renewing agreements forward. Pages, gaps and obligations never wait for it: they
 * compute both from the dates; the job keeps the stored status, the audit trail and the list's sort
 * columns in step.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "covenant.agreements.jobs-enabled", havingValue = "true", matchIfMissing = true)
class AgreementJobs {

	@Bean
	RecurringTask<Void> agreementDatesTask(AgreementService agreements) {
		return Tasks.recurring("agreement-dates", FixedDelay.of(Duration.ofHours(1)))
			.execute((instance, context) -> SystemActor.runAs(() -> {
				agreements.supersedeDue();
				agreements.refreshStaleDates();
			}));
	}

}
