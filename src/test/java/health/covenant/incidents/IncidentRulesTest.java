package health.covenant.incidents;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules an incident keeps, each at its field. */
class IncidentRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	static IncidentDetails details(LocalDate occurred, LocalDate vendorDiscovered, LocalDate reported, LocalDate ours) {
		return new IncidentDetails(IncidentKind.BREACH_OF_UNSECURED_PHI, IncidentStatus.OPEN, occurred, vendorDiscovered,
				reported, ours, true, 10, false, "What happened", null, List.of(new StateCount("CO", 10)));
	}

	static List<String> fields(IncidentDetails d) {
		return IncidentRules.check(d, TODAY).stream().map((v) -> v.field() + " " + v.messageKey()).toList();
	}

	// occurred, vendor discovered, reported, ours → the violations (none: blank)
	@ParameterizedTest(name = "{0} {1} {2} {3}: {4}")
	@CsvSource({
			"2026-11-01, 2026-11-02, 2026-11-03, , ",
			"2026-11-01, 2026-11-01, 2026-11-01, 2026-11-01, ",
			"2026-11-28, 2026-11-28, 2026-11-28, , ",
			"2026-11-29, 2026-11-28, 2026-11-28, , occurredOn incident.rule.future; vendorDiscoveredOn incident.rule.discoveredBeforeOccurred",
			"2026-11-01, 2026-11-02, 2026-11-30, , reportedOn incident.rule.future",
			"2026-11-03, 2026-11-02, 2026-11-03, , vendorDiscoveredOn incident.rule.discoveredBeforeOccurred",
			"2026-11-01, 2026-11-03, 2026-11-02, , reportedOn incident.rule.reportedBeforeDiscovered",
			"2026-11-01, 2026-11-03, 2026-11-05, 2026-11-02, ourDiscoveryOn incident.rule.oursBeforeVendors",
			"2026-11-01, 2026-11-03, 2026-11-05, 2026-11-06, ourDiscoveryOn incident.rule.oursAfterReported",
			", 2026-11-03, 2026-11-05, 2026-11-04, " })
	void datesInOrderAndNotInTheFuture(LocalDate occurred, LocalDate vendorDiscovered, LocalDate reported,
			LocalDate ours, String violation) {
		List<String> found = fields(details(occurred, vendorDiscovered, reported, ours));
		if (violation == null) {
			assertThat(found).isEmpty();
		}
		else {
			assertThat(found).containsExactly(violation.split("; "));
		}
	}

	@Test
	void countsStatesAndKind() {
		IncidentDetails d = new IncidentDetails(IncidentKind.BREACH_OF_UNSECURED_PHI, IncidentStatus.OPEN, null,
				TODAY.minusDays(3), TODAY, null, false, 5, false, " ", null,
				List.of(new StateCount("CO", 4), new StateCount("co", 3), new StateCount("ZZ", -1)));
		assertThat(fields(d)).containsExactlyInAnyOrder("phiInvolved incident.rule.breachNeedsPhi",
				"description incident.rule.descriptionRequired", "states[1].stateCode incident.rule.stateTwice",
				"states[2].stateCode incident.rule.stateInvalid", "states[2].residents incident.rule.countNegative",
				"individualsAffected incident.rule.statesExceedTotal");
	}

	@Test
	void aLowProbabilityNeedsEveryFactorAPresumedBreachNone() {
		assertThat(IncidentRules.check(new RiskAssessment("names", " ", null, "deleted", RiskConclusion.LOW_PROBABILITY)))
			.extracting(IncidentViolation::field)
			.containsExactly("recipient", "acquired");
		assertThat(IncidentRules.check(new RiskAssessment(null, null, null, null, RiskConclusion.BREACH_PRESUMED)))
			.isEmpty();
	}

}
