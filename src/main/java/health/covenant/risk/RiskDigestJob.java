package health.covenant.risk;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The weekly risk digest's persistent, cluster-safe job (db-scheduler: one instance runs each execution).
 * It wakes every 10 minutes, like the daily reminder job, and queues the digests once this week's slot has
 * come ({@link RiskDigest#runIfDue()}): a change of the organisation's time zone applies at once and a
 * missed slot is caught up within its week. It queues e-mails, so it runs only where both the risk and
 * the notification jobs run.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = { "covenant.risk.jobs-enabled", "covenant.notifications.jobs-enabled" },
		havingValue = "true", matchIfMissing = true)
class RiskDigestJob {

	@Bean
	RecurringTask<Void> weeklyRiskDigestTask(RiskDigest digest) {
		return Tasks.recurring("weekly-risk-digest", FixedDelay.of(Duration.ofMinutes(10)))
			.execute((instance, context) -> digest.runIfDue());
	}

}
