package health.covenant.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import health.covenant.risk.RiskFactor.Group;
import health.covenant.vendors.RiskTier;

/**
 * The risk model, the one place its rules live: a pure function of one vendor's {@link RiskInputs} and
 * today (no database, no clock), table-tested.
 *
 * <ul>
 * <li><b>Inherent risk</b> 0–100: the sum of factor points (PHI sensitivity × record volume, system
 * access, criticality, the AI's decision role, training on our PHI, retention, sub-processors without a
 * downstream BAA, offshore access), each at most its weight.</li>
 * <li><b>Control effectiveness</b> 0–1: the weighted credit of the BAA (executed, current, required
 * clauses), the best current assurance and its freshness, the latest assessment's score and age, the
 * open findings by severity and age, the breach-notice window's tightness and the incident history.</li>
 * <li><b>Residual</b> = inherent × (1 − k × effectiveness), k &lt; 1: controls never erase risk.</li>
 * <li><b>Gates</b>: a vendor in service with PHI and no executed, current BAA is CRITICAL whatever the
 * arithmetic (45 CFR 164.502(e), 164.504(e)); a lapsed certification or an overdue reassessment earns
 * no credit, so that a lapse can never lower a score.</li>
 * </ul>
 */
public final class RiskModel {

	/** Incidents count for this long. */
	static final int INCIDENT_MONTHS = 24;

	/** Assurance expiring within this many days earns less. */
	static final int ASSURANCE_FRESH_DAYS = 90;

	/** An assessment older than this earns less. */
	static final int ASSESSMENT_FRESH_MONTHS = 12;

	private final RiskProperties settings;

	public RiskModel(RiskProperties settings) {
		this.settings = Objects.requireNonNull(settings);
	}

	public RiskProperties settings() {
		return this.settings;
	}

	/** Scores one vendor as of {@code today}. */
	public RiskScore evaluate(RiskInputs in, LocalDate today) {
		RiskProperties.Weights w = this.settings.weights();
		String vendorLink = "/vendors/" + in.vendorId();
		List<RiskFactor> inherent = new ArrayList<>();
		TreeSet<LocalDate> changes = new TreeSet<>();

		// inherent
		double sensitivity = switch (in.phiAccess()) {
			case PHI -> 1.0;
			case LIMITED_DATA_SET -> 0.6;
			case DE_IDENTIFIED -> 0.2;
			case NONE -> 0;
		};
		double volume = in.volume() == null ? 0.6 : switch (in.volume()) {
			case UNDER_1K -> 0.2;
			case FROM_1K_TO_10K -> 0.4;
			case FROM_10K_TO_100K -> 0.6;
			case FROM_100K_TO_1M -> 0.8;
			case OVER_1M -> 1.0;
		};
		add(inherent, Group.INHERENT, "risk.factor.data", points(w.data(), sensitivity * volume), vendorLink,
				"risk.phiAccess." + in.phiAccess().name(),
				in.volume() == null ? "risk.volume.unknown" : "risk.volume." + in.volume().name());
		double access = in.systemAccess() == null ? 0.5 : switch (in.systemAccess()) {
			case NONE -> 0;
			case DATA_EXCHANGE -> 0.4;
			case READ_ONLY -> 0.5;
			case READ_WRITE -> 0.8;
			case PRIVILEGED -> 1.0;
		};
		add(inherent, Group.INHERENT, "risk.factor.access", points(w.systemAccess(), access), vendorLink,
				in.systemAccess() == null ? "risk.access.unknown" : "risk.access." + in.systemAccess().name());
		double criticality = in.category() == null ? 0.3 : switch (in.category()) {
			case CLINICAL_DECISION_SUPPORT, IMAGING -> 1.0;
			case CLINICAL_DOCUMENTATION, UTILIZATION_MANAGEMENT -> 0.7;
			case PATIENT_ENGAGEMENT, POPULATION_HEALTH, AI_PLATFORM -> 0.5;
			case REVENUE_CYCLE, OPERATIONS, OTHER -> 0.3;
		};
		add(inherent, Group.INHERENT, "risk.factor.criticality", points(w.criticality(), criticality), vendorLink,
				in.category() == null ? "risk.category.unknown" : "risk.category." + in.category().name());
		if (in.decisionRole() != null) {
			double role = switch (in.decisionRole()) {
				case INFORMS -> 0.3;
				case AUGMENTS -> 0.6;
				case REPLACES -> 1.0;
			};
			add(inherent, Group.INHERENT, "risk.factor.decision", points(w.aiDecision(), role), vendorLink + "/ai",
					"risk.decision." + in.decisionRole().name());
		}
		if (in.phiTraining() != null) {
			double training = switch (in.phiTraining()) {
				case NO -> 0;
				case DE_IDENTIFIED_ONLY -> 0.2;
				case WITH_AUTHORIZATION -> 0.5;
				case YES -> 1.0;
			};
			add(inherent, Group.INHERENT, "risk.factor.training", points(w.training(), training), vendorLink + "/ai",
					"risk.training." + in.phiTraining().name());
		}
		if (in.retentionDays() != null) {
			int days = in.retentionDays();
			double retention = days == 0 ? 0 : days <= 30 ? 0.3 : days <= 365 ? 0.6 : 1.0;
			inherent.add(new RiskFactor(Group.INHERENT, "risk.factor.retention", List.of(Integer.toString(days)),
					points(w.retention(), retention), vendorLink + "/ai"));
		}
		int fourthParty = 0;
		// a sub-processor needs a downstream BAA only when PHI flows to it (164.502(e)(1)(ii))
		for (String name : in.handlesPhi() ? in.subprocessorsWithoutBaa() : List.<String>of()) {
			int p = Math.min(w.subprocessor(), w.subprocessorCap() - fourthParty);
			fourthParty += p;
			inherent.add(new RiskFactor(Group.INHERENT, "risk.factor.subprocessor", List.of(name), p, vendorLink));
		}
		if (in.offshoreAccess()) {
			inherent.add(new RiskFactor(Group.INHERENT, "risk.factor.offshore", List.of(), w.offshore(),
					vendorLink + "/ai"));
		}
		int inherentScore = Math.min(100, inherent.stream().mapToInt(RiskFactor::points).sum());

		// controls: credit 0..1 each
		List<Control> controls = new ArrayList<>();
		RiskInputs.Baa baa = in.baa();
		String baaLink = baa.agreementId() != null ? "/agreements/" + baa.agreementId() : vendorLink;
		if (!in.handlesPhi()) {
			controls.add(new Control(w.baa(), 1.0, "risk.control.baa.notNeeded", baaLink));
		}
		else if (!baa.current()) {
			controls.add(new Control(w.baa(), 0, "risk.control.baa.none", baaLink));
		}
		else if (baa.missingRequired() > 0) {
			controls.add(new Control(w.baa(), Math.max(0.4, 1.0 - 0.15 * baa.missingRequired()),
					"risk.control.baa.missing", baaLink, Integer.toString(baa.missingRequired())));
		}
		else {
			controls.add(new Control(w.baa(), 1.0, "risk.control.baa.complete", baaLink));
		}
		if (baa.current() && baa.currentUntil() != null) {
			changes.add(baa.currentUntil().plusDays(1));
		}
		String certLink = vendorLink + "#section-certifications";
		boolean lapsed = false;
		if (in.assuredUntil() == null) {
			controls.add(new Control(w.assurance(), 0, "risk.control.assurance.none", certLink));
		}
		else if (in.assuredUntil().isBefore(today)) {
			lapsed = true;
			controls.add(new Control(w.assurance(), 0, "risk.control.assurance.lapsed", certLink,
					in.assuredUntil().toString()));
		}
		else {
			long left = ChronoUnit.DAYS.between(today, in.assuredUntil());
			boolean fresh = left >= ASSURANCE_FRESH_DAYS;
			controls.add(new Control(w.assurance(), fresh ? 1.0 : 0.7,
					fresh ? "risk.control.assurance.current" : "risk.control.assurance.expiring", certLink,
					in.assuredUntil().toString()));
			changes.add(in.assuredUntil().minusDays(ASSURANCE_FRESH_DAYS - 1));
			changes.add(in.assuredUntil().plusDays(1));
		}
		RiskInputs.Assessment assessment = in.assessment();
		String assessmentLink = assessment.lastId() != null ? "/assessments/" + assessment.lastId() : vendorLink;
		boolean overdue = assessment.nextDue() != null && assessment.nextDue().isBefore(today);
		if (overdue) {
			controls.add(new Control(w.assessment(), 0, "risk.control.assessment.overdue", assessmentLink,
					assessment.nextDue().toString()));
		}
		else if (assessment.lastScore() == null) {
			controls.add(new Control(w.assessment(), 0, "risk.control.assessment.none", assessmentLink));
		}
		else {
			LocalDate freshUntil = assessment.lastCompletedOn().plusMonths(ASSESSMENT_FRESH_MONTHS);
			boolean fresh = !today.isAfter(freshUntil);
			controls.add(new Control(w.assessment(), assessment.lastScore() / 100.0 * (fresh ? 1.0 : 0.7),
					fresh ? "risk.control.assessment.recent" : "risk.control.assessment.old", assessmentLink,
					Integer.toString(assessment.lastScore()), assessment.lastCompletedOn().toString()));
			changes.add(freshUntil.plusDays(1));
		}
		if (assessment.nextDue() != null) {
			changes.add(assessment.nextDue().plusDays(1));
		}
		double penalty = 0;
		int overdueFindings = 0;
		for (RiskInputs.OpenFinding finding : in.findings()) {
			double each = switch (finding.severity()) {
				case "CRITICAL" -> 0.5;
				case "HIGH" -> 0.25;
				case "MEDIUM" -> 0.1;
				default -> 0.03;
			};
			if (finding.dueOn().isBefore(today)) {
				each *= 1.5;
				overdueFindings++;
			}
			else {
				changes.add(finding.dueOn().plusDays(1));
			}
			penalty += each;
		}
		String findingsLink = "/findings?vendor=" + in.vendorId();
		if (in.findings().isEmpty()) {
			controls.add(new Control(w.findings(), 1.0, "risk.control.findings.none", findingsLink));
		}
		else {
			controls.add(new Control(w.findings(), Math.max(0, 1.0 - penalty), "risk.control.findings.open",
					findingsLink, Integer.toString(in.findings().size()), Integer.toString(overdueFindings)));
		}
		if (!in.handlesPhi()) {
			controls.add(new Control(w.breachNotice(), 1.0, "risk.control.breachNotice.notNeeded", baaLink));
		}
		else if (!baa.current() || baa.breachNoticeDays() == null) {
			controls.add(new Control(w.breachNotice(), 0, "risk.control.breachNotice.none", baaLink));
		}
		else {
			long days = baa.breachNoticeDays();
			double tight = days <= 5 ? 1.0 : days <= 15 ? 0.8 : days <= 30 ? 0.5 : 0.2;
			controls.add(new Control(w.breachNotice(), tight, "risk.control.breachNotice.window", baaLink,
					Long.toString(days)));
		}
		RiskInputs.Incidents incidents = in.incidents();
		String incidentsLink = vendorLink + "#section-incidents";
		if (incidents.count() == 0) {
			controls.add(new Control(w.incidents(), 1.0, "risk.control.incidents.none", incidentsLink));
		}
		else {
			double credit = Math.max(0,
					1.0 - 0.2 * incidents.count() - 0.2 * incidents.phiBreaches() - 0.2 * incidents.slaMissed());
			controls.add(new Control(w.incidents(), credit, "risk.control.incidents.some", incidentsLink,
					Integer.toString(incidents.count()), Integer.toString(incidents.phiBreaches()),
					Integer.toString(incidents.slaMissed())));
			if (incidents.oldestReportedOn() != null) {
				changes.add(incidents.oldestReportedOn().plusMonths(INCIDENT_MONTHS).plusDays(1));
			}
		}
		double effectiveness = 0;
		for (Control control : controls) {
			effectiveness += control.weight() * control.credit();
		}
		effectiveness = Math.min(1.0, Math.max(0, effectiveness));
		int residual = (int) Math.round(inherentScore * (1 - this.settings.k() * effectiveness));
		List<RiskFactor> factors = new ArrayList<>(inherent);
		for (Control control : controls) {
			int off = (int) Math.round(inherentScore * this.settings.k() * control.weight() * control.credit());
			factors.add(new RiskFactor(Group.CONTROL, control.messageKey(), control.args(), off, control.link()));
		}
		RiskTier tier = this.settings.tierOf(residual);
		boolean gated = false;
		if (in.inService() && in.handlesPhi() && !baa.current()) {
			gated = tier != RiskTier.CRITICAL;
			tier = RiskTier.CRITICAL;
			factors.add(new RiskFactor(Group.GATE, "risk.gate.noBaa", List.of(), 0, baaLink));
		}
		if (lapsed) {
			factors.add(new RiskFactor(Group.GATE, "risk.gate.lapsed", List.of(), 0, certLink));
		}
		if (overdue) {
			factors.add(new RiskFactor(Group.GATE, "risk.gate.overdue", List.of(), 0, assessmentLink));
		}
		LocalDate recheckOn = changes.higher(today);
		return new RiskScore(inherentScore, round2(effectiveness), residual, tier, gated, factors, recheckOn);
	}

	private static void add(List<RiskFactor> factors, Group group, String key, int points, String link,
			String... argKeys) {
		factors.add(new RiskFactor(group, key, List.of(argKeys), points, link));
	}

	private static int points(int weight, double share) {
		return (int) Math.round(weight * share);
	}

	private static double round2(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private record Control(double weight, double credit, String messageKey, String link, List<String> args) {

		Control(double weight, double credit, String messageKey, String link, String... args) {
			this(weight, credit, messageKey, link, List.of(args));
		}

	}

}
