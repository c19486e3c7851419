package health.covenant.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules an incident must keep, in one place: the service enforces them, the form shows them next to
 * their fields.
 * <ul>
 * <li>the kind, the vendor's discovery and report dates and a description are required;</li>
 * <li>no date lies in the future; occurred ≤ vendor discovered ≤ reported to us; our discovery is not
 * before the vendor's (we cannot learn of it before it was known) nor after it was reported to us;</li>
 * <li>a breach of unsecured PHI involves PHI;</li>
 * <li>counts are 0 or more; each state is a valid code, given once; the states' residents add up to no more
 * than the individuals affected (when a count is given);</li>
 * <li>a low probability of compromise is concluded only with all four factors documented.</li>
 * </ul>
 */
public final class IncidentRules {

	/** Longest description, notes and factor texts. */
	public static final int MAX_TEXT = 4000;

	public static final int MAX_FACTOR = 1000;

	private IncidentRules() {
	}

	public static List<IncidentViolation> check(IncidentDetails d, LocalDate today) {
		List<IncidentViolation> violations = new ArrayList<>();
		if (d.kind() == null) {
			violations.add(IncidentViolation.of("kind", "incident.rule.kindRequired"));
		}
		if (d.status() == null) {
			violations.add(IncidentViolation.of("status", "incident.rule.statusRequired"));
		}
		if (d.vendorDiscoveredOn() == null) {
			violations.add(IncidentViolation.of("vendorDiscoveredOn", "incident.rule.dateRequired"));
		}
		if (d.reportedOn() == null) {
			violations.add(IncidentViolation.of("reportedOn", "incident.rule.dateRequired"));
		}
		future(violations, "occurredOn", d.occurredOn(), today);
		future(violations, "vendorDiscoveredOn", d.vendorDiscoveredOn(), today);
		future(violations, "reportedOn", d.reportedOn(), today);
		future(violations, "ourDiscoveryOn", d.ourDiscoveryOn(), today);
		if (d.occurredOn() != null && d.vendorDiscoveredOn() != null && d.vendorDiscoveredOn().isBefore(d.occurredOn())) {
			violations.add(IncidentViolation.of("vendorDiscoveredOn", "incident.rule.discoveredBeforeOccurred",
					d.occurredOn()));
		}
		if (d.vendorDiscoveredOn() != null && d.reportedOn() != null && d.reportedOn().isBefore(d.vendorDiscoveredOn())) {
			violations.add(IncidentViolation.of("reportedOn", "incident.rule.reportedBeforeDiscovered",
					d.vendorDiscoveredOn()));
		}
		if (d.ourDiscoveryOn() != null) {
			if (d.vendorDiscoveredOn() != null && d.ourDiscoveryOn().isBefore(d.vendorDiscoveredOn())) {
				violations.add(IncidentViolation.of("ourDiscoveryOn", "incident.rule.oursBeforeVendors",
						d.vendorDiscoveredOn()));
			}
			else if (d.reportedOn() != null && d.ourDiscoveryOn().isAfter(d.reportedOn())) {
				violations.add(IncidentViolation.of("ourDiscoveryOn", "incident.rule.oursAfterReported", d.reportedOn()));
			}
		}
		if (d.kind() == IncidentKind.BREACH_OF_UNSECURED_PHI && !d.phiInvolved()) {
			violations.add(IncidentViolation.of("phiInvolved", "incident.rule.breachNeedsPhi"));
		}
		if (d.individualsAffected() != null && d.individualsAffected() < 0) {
			violations.add(IncidentViolation.of("individualsAffected", "incident.rule.countNegative"));
		}
		if (d.description() == null || d.description().isBlank()) {
			violations.add(IncidentViolation.of("description", "incident.rule.descriptionRequired"));
		}
		else if (d.description().length() > MAX_TEXT) {
			violations.add(IncidentViolation.of("description", "incident.rule.tooLong", MAX_TEXT));
		}
		if (d.notes() != null && d.notes().length() > MAX_TEXT) {
			violations.add(IncidentViolation.of("notes", "incident.rule.tooLong", MAX_TEXT));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < d.states().size(); i++) {
			StateCount state = d.states().get(i);
			if (!UsStates.isValid(state.stateCode())) {
				violations.add(IncidentViolation.of("states[" + i + "].stateCode", "incident.rule.stateInvalid"));
			}
			else if (!seen.add(UsStates.normalise(state.stateCode()))) {
				violations.add(IncidentViolation.of("states[" + i + "].stateCode", "incident.rule.stateTwice"));
			}
			if (state.residents() < 0) {
				violations.add(IncidentViolation.of("states[" + i + "].residents", "incident.rule.countNegative"));
			}
		}
		int residents = d.states().stream().mapToInt((s) -> Math.max(0, s.residents())).sum();
		if (d.individualsAffected() != null && d.individualsAffected() >= 0 && residents > d.individualsAffected()) {
			violations.add(IncidentViolation.of("individualsAffected", "incident.rule.statesExceedTotal", residents));
		}
		return violations;
	}

	public static List<IncidentViolation> check(RiskAssessment risk) {
		List<IncidentViolation> violations = new ArrayList<>();
		if (risk.conclusion() == null) {
			violations.add(IncidentViolation.of("conclusion", "incident.rule.conclusionRequired"));
		}
		String[][] factors = { { "nature", risk.nature() }, { "recipient", risk.recipient() },
				{ "acquired", risk.acquired() }, { "mitigation", risk.mitigation() } };
		for (String[] factor : factors) {
			if (factor[1] != null && factor[1].length() > MAX_FACTOR) {
				violations.add(IncidentViolation.of(factor[0], "incident.rule.tooLong", MAX_FACTOR));
			}
			else if (risk.conclusion() == RiskConclusion.LOW_PROBABILITY && (factor[1] == null || factor[1].isBlank())) {
				violations.add(IncidentViolation.of(factor[0], "incident.rule.factorRequired"));
			}
		}
		return violations;
	}

	private static void future(List<IncidentViolation> violations, String field, LocalDate day, LocalDate today) {
		if (day != null && day.isAfter(today)) {
			violations.add(IncidentViolation.of(field, "incident.rule.future"));
		}
	}

}
