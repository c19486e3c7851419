package health.covenant.notifications;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The persistent, cluster-safe jobs (db-scheduler: one instance runs each execution). The reminder
 * job wakes every 10 minutes and runs the engine once a day at or after the configured hour in the
 * configured time zone (a settings change applies at once; a missed day is caught up); the sender
 * drains the outbox every 20 seconds; "run reminders now" is a one-time task ({@link ReminderRuns}).
 * An instance with the jobs off runs none of them (another instance does).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "covenant.notifications.jobs-enabled", havingValue = "true", matchIfMissing = true)
class NotificationJobs {

	@Bean
	RecurringTask<Void> dailyRemindersTask(ReminderEngine engine) {
		return Tasks.recurring("daily-reminders", FixedDelay.of(Duration.ofMinutes(10)))
			.execute((instance, context) -> engine.runIfDue());
	}

	@Bean
	OneTimeTask<Long> remindersRunNowTask(ReminderRuns runs) {
		return Tasks.oneTime(ReminderRuns.TASK).execute((instance, context) -> runs.carryOut(instance.getData()));
	}

	@Bean
	RecurringTask<Void> notificationSenderTask(NotificationSender sender) {
		return Tasks.recurring("notification-sender", FixedDelay.of(Duration.ofSeconds(20)))
			.execute((instance, context) -> sender.sendDue());
	}

}
