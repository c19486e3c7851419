package health.covenant.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import health.covenant.identity.Role;
import health.covenant.obligations.ObligationKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderPlanTest {

	private static final ReminderRule NOTICE = new ReminderRule(ObligationKind.AGREEMENT_NOTICE_DEADLINE,
			List.of(120, 90, 60, 30, 14, 7, 1, 0), true, Set.of(), 7, 7, Set.of(Role.SECURITY_OFFICER, Role.ADMIN), 0);

	private static final LocalDate DUE = LocalDate.of(2027, 1, 14);

	@ParameterizedTest(name = "{0} days before due: steps [{1}], next in {2} days")
	@CsvSource(delimiter = ';', value = {
			// days left; expected steps; next look (days from today, empty = never)
			"200; ; 80",
			"120; BEFORE-120; 30",
			"100; BEFORE-120; 10",
			"90; BEFORE-90; 30",
			"15; BEFORE-30; 1",
			"14; BEFORE-14; 7",
			"1; BEFORE-1; 1",
			"0; BEFORE-0; 1",
			"-1; OVERDUE-0; 6",
			"-6; OVERDUE-0; 1",
			"-7; OVERDUE-0 ESCALATION-7; 1",
			"-8; OVERDUE-1 ESCALATION-7; 7",
			"-15; OVERDUE-2 ESCALATION-7; 7",
			"-100; OVERDUE-14 ESCALATION-7; 6" })
	void stepsAndNextLook(int daysLeft, String steps, Integer next) {
		LocalDate today = DUE.minusDays(daysLeft);
		ReminderPlan.Result result = ReminderPlan.evaluate(NOTICE, DUE, today, false, false, null);
		assertThat(describe(result.steps())).isEqualTo(steps == null ? "" : steps);
		assertThat(result.next()).isEqualTo(next == null ? null : today.plusDays(next));
	}

	@ParameterizedTest(name = "acknowledged, {0} days left: [{1}]")
	@CsvSource(delimiter = ';', value = { "30; ; 31", "0; ; 1", "-1; OVERDUE-0; 6", "-7; OVERDUE-0 ESCALATION-7; 1" })
	void acknowledgedStopsRemindersBeforeTheDueDateOnly(int daysLeft, String steps, int next) {
		LocalDate today = DUE.minusDays(daysLeft);
		ReminderPlan.Result result = ReminderPlan.evaluate(NOTICE, DUE, today, false, true, null);
		assertThat(describe(result.steps())).isEqualTo(steps == null ? "" : steps);
		assertThat(result.next()).isEqualTo(today.plusDays(next));
	}

	@ParameterizedTest(name = "snoozed until {1} days from today, {0} days left: [{2}], next in {3} days")
	@CsvSource(delimiter = ';', value = {
			// Before the due date a snooze pauses the reminders, but never past the due date.
			"30; 7; ; 7", "8; 7; ; 7", "7; 7; ; 7", "3; 30; ; 3", "1; 30; ; 1",
			// On the due date the day-0 reminder goes, snoozed or not.
			"0; 7; BEFORE-0; 1", "0; 30; BEFORE-0; 1",
			// Once overdue a snooze delays neither the overdue reminder nor the escalation.
			"-1; 1; OVERDUE-0; 6", "-2; 30; OVERDUE-0; 5", "-7; 30; OVERDUE-0 ESCALATION-7; 1" })
	void aSnoozeNeverSilencesTheDeadline(int daysLeft, int snoozeDays, String steps, int next) {
		LocalDate today = DUE.minusDays(daysLeft);
		ReminderPlan.Result result = ReminderPlan.evaluate(NOTICE, DUE, today, false, false, today.plusDays(snoozeDays));
		assertThat(describe(result.steps())).isEqualTo(steps == null ? "" : steps);
		assertThat(result.next()).isEqualTo(today.plusDays(next));
	}

	@ParameterizedTest(name = "lapsing deadline, {0} days left, missed on day {1}: [{2}]")
	@CsvSource(delimiter = ';', value = {
			// Passed unmet and the source has not moved on: said once, never overdue, never again;
			// after 30 days it is no longer news.
			"-1; ; MISSED-0", "-8; ; MISSED-0", "-30; ; MISSED-0", "-31; ; ''",
			// The last day itself is still in time.
			"0; ; BEFORE-0", "1; ; BEFORE-1",
			// The source moved on to the next deadline (recorded missed day): said, with the new schedule.
			"365; -1; MISSED-0", "120; -1; MISSED-0 BEFORE-120", "335; -30; MISSED-0", "334; -31; ''" })
	void aLapsingDeadlineIsMissedNotOverdue(int daysLeft, Integer missedDaysAgo, String steps) {
		LocalDate today = DUE.minusDays(daysLeft);
		LocalDate missedOn = missedDaysAgo == null ? null : today.plusDays(missedDaysAgo);
		ReminderPlan.Result result = ReminderPlan.evaluate(NOTICE, DUE, today, false, false, null, true, missedOn);
		assertThat(describe(result.steps())).isEqualTo(steps);
		if (daysLeft < 0) {
			assertThat(result.next()).as("nothing more to say about a missed deadline").isNull();
		}
	}

	@ParameterizedTest(name = "done, {0} days left: nothing, never again")
	@CsvSource({ "30", "0", "-30" })
	void doneStopsEverything(int daysLeft) {
		ReminderPlan.Result result = ReminderPlan.evaluate(NOTICE, DUE, DUE.minusDays(daysLeft), true, false, null);
		assertThat(result.steps()).isEmpty();
		assertThat(result.next()).isNull();
	}

	@ParameterizedTest(name = "no repeat, no escalation, {0} days overdue")
	@CsvSource({ "1", "2", "40" })
	void overdueOnceWithoutRepeat(int overdue) {
		ReminderRule once = new ReminderRule(ObligationKind.AGREEMENT_TERM_END, List.of(0), true, Set.of(), 0, 0,
				Set.of(), 0);
		ReminderPlan.Result result = ReminderPlan.evaluate(once, DUE, DUE.plusDays(overdue), false, false, null);
		assertThat(describe(result.steps())).isEqualTo("OVERDUE-0");
		assertThat(result.next()).isNull();
	}

	@ParameterizedTest(name = "leap day due {0}, today {1}: {2}")
	@CsvSource({ "2028-02-29, 2028-01-30, BEFORE-30", "2028-02-29, 2028-02-28, BEFORE-1", "2028-02-29, 2028-03-01, OVERDUE-0" })
	void leapDays(LocalDate due, LocalDate today, String steps) {
		assertThat(describe(ReminderPlan.evaluate(NOTICE, due, today, false, false, null).steps())).isEqualTo(steps);
	}

	private static String describe(List<ReminderPlan.Step> steps) {
		return String.join(" ", steps.stream().map((s) -> s.occasion() + "-" + s.step()).toList());
	}

	@ParameterizedTest(name = "offsets \"{0}\" → {1}")
	@CsvSource(delimiter = ';', value = { "120, 90,60 ,0; 120,90,60,0", "0 7 1; 7,1,0", "30;30", "' '; ''", "7,7,7; 7" })
	void parsesOffsets(String text, String expected) {
		assertThat(ReminderSettings.formatOffsets(ReminderSettings.parseOffsets(text))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "offsets \"{0}\" are rejected")
	@CsvSource(delimiter = ';', value = { "abc", "-1", "1000", "7,x", "1.5" })
	void rejectsBadOffsets(String text) {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> ReminderSettings.parseOffsets(text));
	}

}
