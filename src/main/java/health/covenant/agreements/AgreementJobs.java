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
 * supersessions whose day has come ({@link AgreementService#supersedeDue()}), rolls the stored
 * dates of auto-renewing agreements forward and recomputes the compliance gaps of the vendors whose
 * stored recheck day has come ({@link ComplianceGapService#refreshDue()}: a deadline passed, a term
 * ended, a later version took effect). Pages and obligations never wait for it: they compute from
 * the dates; stored gaps show a coming deadline from its own day without it. The job keeps the stored
 * status, the audit trail, the list's sort columns and what a passing day changes in the gaps in step
 * (within the hour after midnight).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "covenant.agreements.jobs-enabled", havingValue = "true", matchIfMissing = true)
class AgreementJobs {

	@Bean
	RecurringTask<Void> agreementDatesTask(AgreementService agreements, ComplianceGapService gaps) {
		return Tasks.recurring("agreement-dates", FixedDelay.of(Duration.ofHours(1)))
			.execute((instance, context) -> SystemActor.runAs(() -> {
				agreements.supersedeDue();
				agreements.refreshStaleDates();
				gaps.refreshDue();
			}));
	}

}
