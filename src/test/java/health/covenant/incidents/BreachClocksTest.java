package health.covenant.incidents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.agreements.BreachNoticeWindow;
import health.covenant.incidents.BreachClocks.Basis;
import health.covenant.incidents.BreachClocks.Deadline;
import health.covenant.incidents.BreachClocks.Facts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The clocks of a vendor incident on their boundary days. */
class BreachClocksTest {

	static final StateBreachRule COLORADO = rule("CO", 30, BreachNoticeUnit.CALENDAR_DAYS, 1);

	static final StateBreachRule FLORIDA = rule("FL", 30, BreachNoticeUnit.CALENDAR_DAYS, 1);

	static final StateBreachRule CALIFORNIA_FACILITY = rule("CA", 15, BreachNoticeUnit.BUSINESS_DAYS, 1);

	static final List<StateBreachRule> RULES = List.of(COLORADO, FLORIDA, CALIFORNIA_FACILITY);

	// the vendor's SLA: window, discovered by the vendor, reported to us → met, days late
	@ParameterizedTest(name = "{0} {1} from {2}, reported {3}: met={4}, late {5}")
	@CsvSource({
			// calendar days: the last day is in time, the day after is one day late
			"10, CALENDAR_DAYS, 2026-03-01, 2026-03-11, true, 0",
			"10, CALENDAR_DAYS, 2026-03-01, 2026-03-12, false, 1",
			"60, CALENDAR_DAYS, 2026-03-01, 2026-05-10, false, 10",
			// hours are rounded up to whole days: 24 h is the next day, 36 h the day after
			"24, HOURS, 2026-03-01, 2026-03-02, true, 0",
			"24, HOURS, 2026-03-01, 2026-03-03, false, 1",
			"36, HOURS, 2026-03-01, 2026-03-03, true, 0",
			"48, HOURS, 2026-03-01, 2026-03-04, false, 1",
			// business days skip the weekend and Thanksgiving (Thu 26 Nov 2026): 5 from Thu 19 Nov end Fri 27 Nov
			"5, BUSINESS_DAYS, 2026-11-19, 2026-11-27, true, 0",
			"5, BUSINESS_DAYS, 2026-11-19, 2026-11-30, false, 3",
			// reported before the vendor's discovery day (a typo elsewhere is caught by the form): still in time
			"0, CALENDAR_DAYS, 2026-03-01, 2026-03-01, true, 0" })
	void vendorSla(int value, BreachNoticeUnit unit, LocalDate discovered, LocalDate reported, boolean met,
			long late) {
		BreachClocks.Sla sla = BreachClocks.sla(new BreachNoticeWindow(value, unit), discovered, reported);
		assertThat(sla.met()).isEqualTo(met);
		assertThat(sla.daysLate()).isEqualTo(late);
	}

	// HHS: 500 or more at once with the individuals, fewer in the yearly log 60 days after the year's end
	@ParameterizedTest(name = "discovered {0}, {1} affected: HHS by {2} ({3})")
	@CsvSource({
			"2026-12-31, 499, 2027-03-01, HHS_ANNUAL_LOG",
			"2026-01-01, 1, 2027-03-01, HHS_ANNUAL_LOG",
			"2027-12-31, 499, 2028-02-29, HHS_ANNUAL_LOG",
			"2027-01-01, 10, 2028-02-29, HHS_ANNUAL_LOG",
			"2027-06-15, 500, 2027-08-14, HHS_WITH_INDIVIDUALS",
			"2027-06-15, 501, 2027-08-14, HHS_WITH_INDIVIDUALS",
			"2027-12-31, 500, 2028-02-29, HHS_WITH_INDIVIDUALS",
			"2028-12-31, 499, 2029-03-01, HHS_ANNUAL_LOG" })
	void hhs(LocalDate discovered, int affected, LocalDate due, Basis basis) {
		Deadline hhs = only(NoticeAudience.HHS, deadlines(discovered, affected, Map.of()));
		assertThat(hhs.dueOn()).isEqualTo(due);
		assertThat(hhs.basis()).isEqualTo(basis);
	}

	@Test
	void individualsWithinSixtyDaysOfOurDiscoveryEvenOnTheLastDayOfTheYear() {
		Deadline individuals = only(NoticeAudience.INDIVIDUALS,
				deadlines(LocalDate.of(2026, 12, 31), 10, Map.of()));
		assertThat(individuals.dueOn()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(individuals.citation()).isEqualTo("45 CFR 164.404(b)");
	}

	@ParameterizedTest(name = "{0} residents of one state: media {1}")
	@CsvSource({ "500, false", "501, true" })
	void mediaOnlyWhenMoreThan500ResidentsOfOneState(int residents, boolean media) {
		List<Deadline> all = deadlines(LocalDate.of(2026, 11, 28), 900, Map.of("TX", residents, "NY", 399));
		assertThat(all.stream().anyMatch((d) -> d.audience() == NoticeAudience.MEDIA)).isEqualTo(media);
		if (media) {
			Deadline m = only(NoticeAudience.MEDIA, all);
			assertThat(m.stateCode()).isEqualTo("TX");
			assertThat(m.dueOn()).isEqualTo(LocalDate.of(2027, 1, 27));
			assertThat(m.citation()).isEqualTo("45 CFR 164.406(b)");
		}
	}

	@Test
	void aThirtyDayStateBeatsSixtyForItsResidentsOnly() {
		List<Deadline> all = deadlines(LocalDate.of(2026, 11, 28), 700, Map.of("CO", 400, "FL", 300, "TX", 0));
		assertThat(all).extracting(Deadline::key)
			.containsExactly("state:CO", "state:FL", "individuals", "hhs");
		assertThat(all.get(0).dueOn()).isEqualTo(LocalDate.of(2026, 12, 28));
		assertThat(all.get(2).dueOn()).isEqualTo(LocalDate.of(2027, 1, 27));
	}

	@Test
	void stateDeadlinesAreFlaggedForLegalReviewAndCiteTheirStatute() {
		List<Deadline> all = deadlines(LocalDate.of(2026, 11, 28), 700, Map.of("CO", 400, "FL", 300));
		Deadline colorado = all.get(0);
		assertThat(colorado.key()).isEqualTo("state:CO");
		assertThat(colorado.dueOn()).isEqualTo(LocalDate.of(2026, 12, 28));
		assertThat(colorado.needsLegalReview()).isTrue();
		assertThat(colorado.citation()).isEqualTo("CO statute");
		assertThat(all).filteredOn((d) -> d.audience() != NoticeAudience.STATE)
			.allSatisfy((d) -> assertThat(d.needsLegalReview()).isFalse());
	}

	@Test
	void businessDaysOfAStateRuleSkipThanksgivingAndWeekends() {
		// 15 business days from Wed 25 Nov 2026: Thanksgiving (26 Nov) and three weekends skipped
		Deadline california = only(NoticeAudience.STATE,
				deadlines(LocalDate.of(2026, 11, 25), 3, Map.of("CA", 3)));
		assertThat(california.dueOn()).isEqualTo(LocalDate.of(2026, 12, 17));
	}

	@Test
	void theEarliestRuleOfAStateWinsAndOneNoShorterThanSixtyDaysAddsNothing() {
		StateBreachRule longer = rule("CO", 45, BreachNoticeUnit.CALENDAR_DAYS, 1);
		StateBreachRule sixty = rule("WA", 60, BreachNoticeUnit.CALENDAR_DAYS, 1);
		StateBreachRule onlyLarge = rule("FL", 10, BreachNoticeUnit.CALENDAR_DAYS, 1000);
		List<Deadline> all = BreachClocks.deadlines(facts(LocalDate.of(2026, 11, 28), 30,
				Map.of("CO", 10, "WA", 10, "FL", 10)), List.of(longer, COLORADO, sixty, onlyLarge, FLORIDA));
		assertThat(all).filteredOn((d) -> d.audience() == NoticeAudience.STATE)
			.extracting(Deadline::key, Deadline::dueOn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("state:CO", LocalDate.of(2026, 12, 28)),
					org.assertj.core.groups.Tuple.tuple("state:FL", LocalDate.of(2026, 12, 28)));
	}

	@Test
	void noDeadlinesWithoutPhiOrWithALowProbabilityOfCompromise() {
		LocalDate day = LocalDate.of(2026, 11, 28);
		assertThat(BreachClocks.deadlines(new Facts(false, RiskConclusion.BREACH_PRESUMED, day, 900, Map.of("CO", 900)),
				RULES)).isEmpty();
		assertThat(BreachClocks.deadlines(new Facts(true, RiskConclusion.LOW_PROBABILITY, day, 900, Map.of("CO", 900)),
				RULES)).isEmpty();
		assertThat(BreachClocks.deadlines(new Facts(true, RiskConclusion.BREACH_PRESUMED, day, 900, Map.of("CO", 900)),
				RULES)).isNotEmpty();
	}

	@Test
	void withoutACountTheStatesAddUp() {
		Facts facts = new Facts(true, RiskConclusion.BREACH_PRESUMED, LocalDate.of(2026, 6, 1), null,
				Map.of("CO", 300, "FL", 200));
		assertThat(facts.total()).isEqualTo(500);
		assertThat(only(NoticeAudience.HHS, BreachClocks.deadlines(facts, RULES)).basis())
			.isEqualTo(Basis.HHS_WITH_INDIVIDUALS);
	}

	private static List<Deadline> deadlines(LocalDate discovered, int affected, Map<String, Integer> states) {
		return BreachClocks.deadlines(facts(discovered, affected, states), RULES);
	}

	private static Facts facts(LocalDate discovered, int affected, Map<String, Integer> states) {
		return new Facts(true, RiskConclusion.BREACH_PRESUMED, discovered, affected, states);
	}

	private static Deadline only(NoticeAudience audience, List<Deadline> all) {
		List<Deadline> matching = all.stream().filter((d) -> d.audience() == audience).toList();
		assertThat(matching).hasSize(1);
		return matching.get(0);
	}

	private static StateBreachRule rule(String state, int value, BreachNoticeUnit unit, int minResidents) {
		return new StateBreachRule(state, new BreachNoticeWindow(value, unit), minResidents, state + " statute",
				"residents", true);
	}

}
