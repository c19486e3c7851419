package health.covenant.risk;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import health.covenant.shared.SystemActor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The risk module's persistent, cluster-safe job (db-scheduler): every hour it recomputes the vendors
 * whose stored recheck day has come ({@link RiskService#refreshDue()}: a certification lapsed, a
 * reassessment or a finding became overdue, an override's review came due), so that a score moves on
 * the day its dates do.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "covenant.risk.jobs-enabled", havingValue = "true", matchIfMissing = true)
class RiskJobs {

	@Bean
	RecurringTask<Void> riskRecheckTask(RiskService risks) {
		return Tasks.recurring("risk-recheck", FixedDelay.of(Duration.ofHours(1)))
			.execute((instance, context) -> SystemActor.runAs(risks::refreshDue));
	}

}
