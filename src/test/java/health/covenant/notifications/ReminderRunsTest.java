package health.covenant.notifications;

import java.util.List;
import java.util.Set;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

import health.covenant.IntegrationTest;
import health.covenant.ParksOtherTestsObligations;
import health.covenant.TestClock;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationService;
import health.covenant.obligations.TestObligationSource;
import health.covenant.shared.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static health.covenant.WebTestSupport.as;
import static health.covenant.WebTestSupport.htmx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Run reminders now" answers at once: the request queues a run for a one-time db-scheduler task and
 * leads to the run's page, which follows it while it is queued or running; a second request then
 * starts nothing. (The tests' scheduler has the notification jobs off, so the test carries the task
 * out itself.)
 */
@IntegrationTest
@ExtendWith(ParksOtherTestsObligations.class)
class ReminderRunsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReminderRuns runs;

	@Autowired
	SchedulerClient scheduler;

	@Autowired
	TestObligationSource source;

	@Autowired
	ObligationService obligations;

	@Autowired
	UserService users;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void noRunLeftQueued() {
		// Other tests may have asked for a run that nothing carries out here.
		this.jdbc.sql("UPDATE reminder_run SET state = 'FAILED' WHERE state IN ('QUEUED', 'RUNNING')").update();
	}

	@Test
	void theRequestQueuesARunThatTheTaskCarriesOutAndThePageFollows() throws Exception {
		String tag = Long.toString(System.nanoTime(), 36);
		UserSummary[] owner = new UserSummary[1];
		SystemActor.runAs(() -> owner[0] = this.users.createUser("run-now-" + tag + "@covenant.test", "Run " + tag,
				"not-used-password-1", Set.of(Role.LEGAL), TestClock.ZONE));
		long subject = Obligations.newSubjectId();
		this.source.put(subject, List.of(Obligations.draft(subject, ObligationKind.AGREEMENT_NOTICE_DEADLINE,
				"Run now " + tag, this.clock.today().plusDays(30), owner[0].id(), false)));
		this.obligations.refreshSubject(TestObligationSource.SUBJECT_TYPE, subject);

		long id = runId(this.mvc.perform(post("/notifications/run").with(as(Role.ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		assertThat(reminders(owner[0])).as("nothing ran in the request").isZero();
		assertThat(this.scheduler.getScheduledExecution(TaskInstanceId.of(ReminderRuns.TASK.getTaskName(),
				String.valueOf(id)))).as("the task is scheduled").isPresent();
		this.mvc.perform(get("/notifications/runs/{id}", id).with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-state=\"QUEUED\"")))
			.andExpect(content().string(containsString("hx-trigger=\"every 2s\"")));

		long again = runId(this.mvc.perform(post("/notifications/run").with(as(Role.ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		assertThat(again).as("a second click while one is queued starts none").isEqualTo(id);
		assertThat(this.jdbc.sql("SELECT count(*) FROM reminder_run WHERE state IN ('QUEUED', 'RUNNING')")
			.query(Long.class)
			.single()).isEqualTo(1);

		this.runs.carryOut(id);

		assertThat(reminders(owner[0])).as("the task ran the engine").isPositive();
		ReminderRuns.Run[] found = new ReminderRuns.Run[1];
		SystemActor.runAs(() -> found[0] = this.runs.get(id));
		ReminderRuns.Run run = found[0];
		assertThat(run.state()).isEqualTo(ReminderRuns.State.FINISHED);
		assertThat(run.remindersCreated()).isPositive();
		this.mvc.perform(get("/notifications/runs/{id}", id).with(as(Role.ADMIN)).with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-state=\"FINISHED\"")))
			.andExpect(content().string(not(containsString("hx-trigger"))))
			.andExpect(content().string(not(containsString("<html"))));

		long next = runId(this.mvc.perform(post("/notifications/run").with(as(Role.ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		assertThat(next).as("once finished, a new request queues a new run").isNotEqualTo(id);
	}

	@Test
	void onlyAdministratorsSeeARun() throws Exception {
		for (Role role : List.of(Role.PROCUREMENT, Role.SECURITY_OFFICER, Role.LEGAL, Role.AUDITOR)) {
			this.mvc.perform(get("/notifications/runs/{id}", 1).with(as(role))).andExpect(status().isForbidden());
		}
	}

	private long reminders(UserSummary user) {
		return this.jdbc.sql("SELECT count(*) FROM reminder WHERE recipient_user_id = ?")
			.param(user.id())
			.query(Long.class)
			.single();
	}

	private static long runId(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/notifications/runs/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
