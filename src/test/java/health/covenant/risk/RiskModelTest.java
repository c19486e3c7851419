package health.covenant.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import health.covenant.risk.RiskFactor.Group;
import health.covenant.vendors.DecisionRole;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.PhiTraining;
import health.covenant.vendors.RecordVolume;
import health.covenant.vendors.RiskTier;
import health.covenant.vendors.ServiceCategory;
import health.covenant.vendors.SystemAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The risk model's table: inherent factors, controls, residual, tiers and each gate. */
class RiskModelTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	private final RiskModel model = new RiskModel(RiskProperties.defaults());

	/** A well-controlled PHI scribe: executed BAA, fresh SOC 2, recent good assessment. */
	static RiskInputs base() {
		return new RiskInputs(7, "Acme Scribe", LifecycleStatus.ACTIVE, PhiAccess.PHI, RecordVolume.FROM_100K_TO_1M,
				SystemAccess.READ_WRITE, ServiceCategory.CLINICAL_DOCUMENTATION, DecisionRole.AUGMENTS, PhiTraining.NO, 30,
				false, List.of(), new RiskInputs.Baa(true, 3L, 0, LocalDate.of(2027, 12, 31), 10L),
				LocalDate.of(2027, 9, 30), new RiskInputs.Assessment(11L, 90, LocalDate.of(2026, 6, 1),
						LocalDate.of(2027, 6, 1)),
				List.of(), RiskInputs.Incidents.NONE);
	}

	static RiskInputs with(UnaryOperator<Builder> change) {
		return change.apply(new Builder(base())).build();
	}

	static Stream<Arguments> table() {
		return Stream.of(
				// name, inputs, inherent, residual, tier
				Arguments.of("well controlled PHI scribe", base(), 51, 21, RiskTier.MEDIUM),
				Arguments.of("no PHI, no access, no AI", with((b) -> b.phi(PhiAccess.NONE).access(SystemAccess.NONE)
					.category(ServiceCategory.OPERATIONS).role(null).training(null).retention(null)), 3, 1, RiskTier.LOW),
				Arguments.of("over 1M records", with((b) -> b.volume(RecordVolume.OVER_1M)), 57, 24, RiskTier.MEDIUM),
				Arguments.of("privileged access", with((b) -> b.access(SystemAccess.PRIVILEGED)), 54, 23, RiskTier.MEDIUM),
				Arguments.of("replaces a clinician's decision", with((b) -> b.role(DecisionRole.REPLACES)
					.category(ServiceCategory.CLINICAL_DECISION_SUPPORT)), 58, 24, RiskTier.MEDIUM),
				Arguments.of("trains on our PHI", with((b) -> b.training(PhiTraining.YES)), 61, 25, RiskTier.MEDIUM),
				Arguments.of("keeps data for years", with((b) -> b.retention(3650)), 54, 23, RiskTier.MEDIUM),
				Arguments.of("two sub-processors without BAA", with((b) -> b.subs("Nimbus Foundation Models", "Cirrus")),
						61, 25, RiskTier.MEDIUM),
				Arguments.of("three sub-processors: capped", with((b) -> b.subs("A", "B", "C")), 61, 25, RiskTier.MEDIUM),
				Arguments.of("offshore access", with((b) -> b.offshore()), 61, 25, RiskTier.MEDIUM),
				Arguments.of("no assurance at all", with((b) -> b.assuredUntil(null)), 51, 27, RiskTier.MEDIUM),
				Arguments.of("never assessed", with((b) -> b.assessment(RiskInputs.Assessment.NONE)), 51, 27,
						RiskTier.MEDIUM),
				Arguments.of("a critical finding overdue", with((b) -> b.findings(
						new RiskInputs.OpenFinding("CRITICAL", TODAY.minusDays(1)))), 51, 25, RiskTier.MEDIUM),
				Arguments.of("two PHI breaches, SLA missed", with((b) -> b.incidents(new RiskInputs.Incidents(2, 2, 1,
						TODAY.minusMonths(3)))), 51, 24, RiskTier.MEDIUM),
				Arguments.of("everything at its worst", with((b) -> b.volume(RecordVolume.OVER_1M)
					.access(SystemAccess.PRIVILEGED).category(ServiceCategory.IMAGING).role(DecisionRole.REPLACES)
					.training(PhiTraining.YES).retention(3650).subs("A", "B").offshore().assuredUntil(null)
					.assessment(RiskInputs.Assessment.NONE)
					.findings(new RiskInputs.OpenFinding("CRITICAL", TODAY.minusDays(1)))
					.incidents(new RiskInputs.Incidents(3, 3, 3, TODAY.minusMonths(1)))
					.baa(new RiskInputs.Baa(true, 3L, 4, null, 60L))), 100, 90, RiskTier.CRITICAL),
				Arguments.of("HIGH from the arithmetic", with((b) -> b.volume(RecordVolume.OVER_1M)
					.access(SystemAccess.PRIVILEGED).training(PhiTraining.YES).offshore().assuredUntil(null)
					.assessment(RiskInputs.Assessment.NONE)), 80, 52, RiskTier.HIGH));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void scores(String name, RiskInputs inputs, int inherent, int residual, RiskTier tier) {
		RiskScore score = this.model.evaluate(inputs, TODAY);
		assertThat(score.inherent()).as("inherent").isEqualTo(inherent);
		assertThat(score.residual()).as("residual").isEqualTo(residual);
		assertThat(score.tier()).as("tier").isEqualTo(tier);
		assertThat(score.residual()).isBetween(0, score.inherent());
	}

	@Test
	void residualIsInherentTimesOneMinusKTimesEffectiveness() {
		RiskScore score = this.model.evaluate(base(), TODAY);
		assertThat(score.residual())
			.isEqualTo((int) Math.round(score.inherent() * (1 - 0.6 * score.effectiveness())));
	}

	@Test
	void controlsNeverEraseRisk() {
		RiskScore perfect = this.model.evaluate(with((b) -> b.volume(RecordVolume.OVER_1M)
			.access(SystemAccess.PRIVILEGED)), TODAY);
		assertThat(perfect.residual()).isGreaterThanOrEqualTo((int) Math.floor(perfect.inherent() * 0.4));
	}

	@Test
	void inServicePhiVendorWithoutCurrentBaaIsCriticalWhateverTheArithmetic() {
		RiskScore score = this.model.evaluate(with((b) -> b.baa(RiskInputs.Baa.NONE)), TODAY);
		assertThat(score.residual()).isLessThan(60);
		assertThat(score.tier()).isEqualTo(RiskTier.CRITICAL);
		assertThat(score.gated()).isTrue();
		assertThat(score.factors()).anyMatch((f) -> f.group() == Group.GATE && f.messageKey().equals("risk.gate.noBaa"));
	}

	@Test
	void theBaaGateAppliesToLimitedDataSetsAndOnboardingVendors() {
		assertThat(this.model.evaluate(with((b) -> b.baa(RiskInputs.Baa.NONE).phi(PhiAccess.LIMITED_DATA_SET)
			.status(LifecycleStatus.ONBOARDING)), TODAY).tier()).isEqualTo(RiskTier.CRITICAL);
	}

	@Test
	void theBaaGateDoesNotApplyBeforeServiceOrWithoutPhi() {
		assertThat(this.model.evaluate(with((b) -> b.baa(RiskInputs.Baa.NONE).status(LifecycleStatus.PROSPECT)),
				TODAY).gated()).isFalse();
		assertThat(this.model.evaluate(with((b) -> b.baa(RiskInputs.Baa.NONE).phi(PhiAccess.DE_IDENTIFIED)), TODAY)
			.tier()).isNotEqualTo(RiskTier.CRITICAL);
	}

	@Test
	void aLapsedCertificationNeverLowersAScore() {
		RiskScore current = this.model.evaluate(base(), TODAY);
		RiskScore lapsed = this.model.evaluate(with((b) -> b.assuredUntil(TODAY.minusDays(1))), TODAY);
		RiskScore none = this.model.evaluate(with((b) -> b.assuredUntil(null)), TODAY);
		assertThat(lapsed.residual()).isGreaterThan(current.residual()).isEqualTo(none.residual());
		assertThat(lapsed.factors()).anyMatch((f) -> f.messageKey().equals("risk.gate.lapsed"));
	}

	@Test
	void anOverdueReassessmentNeverLowersAScoreHoweverGoodTheLastResult() {
		RiskScore fresh = this.model.evaluate(base(), TODAY);
		RiskScore overdue = this.model.evaluate(with((b) -> b.assessment(new RiskInputs.Assessment(11L, 100,
				LocalDate.of(2025, 1, 1), TODAY.minusDays(1)))), TODAY);
		RiskScore never = this.model.evaluate(with((b) -> b.assessment(RiskInputs.Assessment.NONE)), TODAY);
		assertThat(overdue.residual()).isGreaterThan(fresh.residual()).isEqualTo(never.residual());
		assertThat(overdue.factors()).anyMatch((f) -> f.messageKey().equals("risk.gate.overdue"));
	}

	@Test
	void assuranceOnItsLastDayStillCountsAndLapsesTheDayAfter() {
		LocalDate until = TODAY;
		RiskScore last = this.model.evaluate(with((b) -> b.assuredUntil(until)), TODAY);
		RiskScore after = this.model.evaluate(with((b) -> b.assuredUntil(until)), TODAY.plusDays(1));
		assertThat(after.residual()).isGreaterThan(last.residual());
		assertThat(last.recheckOn()).isEqualTo(TODAY.plusDays(1));
	}

	@Test
	void recheckIsTheFirstDayTheCalendarChangesTheScore() {
		// assurance expiring window starts 89 days before its last day
		RiskScore score = this.model.evaluate(base(), TODAY);
		assertThat(score.recheckOn()).isEqualTo(LocalDate.of(2027, 6, 2));
		RiskScore finding = this.model.evaluate(with((b) -> b.findings(new RiskInputs.OpenFinding("LOW",
				TODAY.plusDays(5)))), TODAY);
		assertThat(finding.recheckOn()).isEqualTo(TODAY.plusDays(6));
	}

	@Test
	void everyFactorExplainsItselfWithItsPointsAndALink() {
		RiskScore score = this.model.evaluate(with((b) -> b.subs("Nimbus Foundation Models")), TODAY);
		assertThat(score.factors()).allMatch((f) -> f.link() != null && f.link().startsWith("/"));
		assertThat(score.factors()).anyMatch((f) -> f.messageKey().equals("risk.factor.subprocessor")
				&& f.args().equals(List.of("Nimbus Foundation Models")) && f.points() == 5
				&& f.link().equals("/vendors/7"));
		int inherentPoints = score.factors().stream().filter((f) -> f.group() == Group.INHERENT)
			.mapToInt(RiskFactor::points).sum();
		assertThat(inherentPoints).isEqualTo(score.inherent());
	}

	@Test
	void kMustStayBelowOne() {
		RiskProperties d = RiskProperties.defaults();
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskProperties("v1", 1.0, d.thresholds(), d.weights(),
				d.reviewMonths(), 10));
	}

	@Test
	void tierThresholdsAreSettings() {
		RiskProperties d = RiskProperties.defaults();
		assertThat(d.tierOf(60)).isEqualTo(RiskTier.CRITICAL);
		assertThat(d.tierOf(59)).isEqualTo(RiskTier.HIGH);
		assertThat(d.tierOf(40)).isEqualTo(RiskTier.HIGH);
		assertThat(d.tierOf(39)).isEqualTo(RiskTier.MEDIUM);
		assertThat(d.tierOf(20)).isEqualTo(RiskTier.MEDIUM);
		assertThat(d.tierOf(19)).isEqualTo(RiskTier.LOW);
		RiskProperties strict = new RiskProperties("v1-strict", 0.6, new RiskProperties.Thresholds(30, 20, 10),
				d.weights(), d.reviewMonths(), 10);
		assertThat(new RiskModel(strict).evaluate(base(), TODAY).tier()).isEqualTo(RiskTier.HIGH);
	}

	/** Changes one input of the base case. */
	static final class Builder {

		private RiskInputs in;

		Builder(RiskInputs in) {
			this.in = in;
		}

		Builder phi(PhiAccess v) {
			this.in = new RiskInputs(in.vendorId(), in.vendorName(), in.status(), v, in.volume(), in.systemAccess(),
					in.category(), in.decisionRole(), in.phiTraining(), in.retentionDays(), in.offshoreAccess(),
					in.subprocessorsWithoutBaa(), in.baa(), in.assuredUntil(), in.assessment(), in.findings(),
					in.incidents());
			return this;
		}

		Builder status(LifecycleStatus v) {
			this.in = new RiskInputs(in.vendorId(), in.vendorName(), v, in.phiAccess(), in.volume(), in.systemAccess(),
					in.category(), in.decisionRole(), in.phiTraining(), in.retentionDays(), in.offshoreAccess(),
					in.subprocessorsWithoutBaa(), in.baa(), in.assuredUntil(), in.assessment(), in.findings(),
					in.incidents());
			return this;
		}

		Builder volume(RecordVolume v) {
			this.in = new RiskInputs(in.vendorId(), in.vendorName(), in.status(), in.phiAccess(), v, in.systemAccess(),
					in.category(), in.decisionRole(), in.phiTraining(), in.retentionDays(), in.offshoreAccess(),
					in.subprocessorsWithoutBaa(), in.baa(), in.assuredUntil(), in.assessment(), in.findings(),
					in.incidents());
			return this;
		}

		Builder access(SystemAccess v) {
			this.in = new RiskInputs(in.vendorId(), in.vendorName(), in.status(), in.phiAccess(), in.volume(), v,
					in.category(), in.decisionRole(), in.phiTraining(), in.retentionDays(), in.offshoreAccess(),
					in.subprocessorsWithoutBaa(), in.baa(), in.assuredUntil(), in.assessment(), in.findings(),
					in.incidents());
			return this;
		}

		Builder category(ServiceCategory v) {
			this.in = new RiskInputs(in.vendorId(), in.vendorName(), in.status(), in.phiAccess(), in.volume(),
					in.systemAccess(), v, in.decisionRole(), in.phiTraining(), in.retentionDays(), in.offshoreAccess(),
					in.subprocessorsWithoutBaa(), in.baa(), in.assuredUntil(), in.assessment(), in.findings(),
					in.incidents());
			return this;
		}

		Builder role(DecisionRole v) {
			this.in = new RiskInputs(in.vendorId(), in.vendorName(), in.status(), in.phiAccess(), in.volume(),
					in.systemAccess(), in.category(), v, in.phiTraining(), in.retentionDays(), in.offshoreAccess(),
					in.subprocessorsWithoutBaa(), in.baa(), in.assuredUntil(), in.assessment(), in.findings(),
					in.incidents());
			return this;
		}

		Builder training(PhiTraining v) {
			this.in = new RiskInputs(in.vendorId(), in.vendorName(), in.status(), in.phiAccess(), in.volume(),
					in.systemAccess(), in.category(), in.decisionRole(), v, in.retentionDays(), in.offshoreAccess(),
					in.subprocessorsWithoutBaa(), in.baa(), in.assuredUntil(), in.assessment(), in.findings(),
					in.incidents());
			return this;
		}

		Builder retention(Integer v) {
			this.in = new RiskInputs(in.vendorId(), in.vendorName(), in.status(), in.phiAccess(), in.volume(),
					in.systemAccess(), in.category(), in.decisionRole(), in.phiTraining(), v, in.offshoreAccess(),
					in.subprocessorsWithoutBaa(), in.baa(), in.assuredUntil(), in.assessment(), in.findings(),
					in.incidents());
			return this;
		}

		Builder offshore() {
			this.in = new RiskInputs(in.vendorId(), in.vendorName(), in.status(), in.phiAccess(), in.volume(),
					in.systemAccess(), in.category(), in.decisionRole(), in.phiTraining(), in.retentionDays(), true,
					in.subprocessorsWithoutBaa(), in.baa(), in.assuredUntil(), in.assessment(), in.findings(),
					in.incidents());
			return this;
		}

		Builder subs(String... names) {
			this.in = new RiskInputs(in.vendorId(), in.vendorName(), in.status(), in.phiAccess(), in.volume(),
					in.systemAccess(), in.category(), in.decisionRole(), in.phiTraining(), in.retentionDays(),
					in.offshoreAccess(), List.of(names), in.baa(), in.assuredUntil(), in.assessment(), in.findings(),
					in.incidents());
			return this;
		}

		Builder baa(RiskInputs.Baa v) {
			this.in = new RiskInputs(in.vendorId(), in.vendorName(), in.status(), in.phiAccess(), in.volume(),
					in.systemAccess(), in.category(), in.decisionRole(), in.phiTraining(), in.retentionDays(),
					in.offshoreAccess(), in.subprocessorsWithoutBaa(), v, in.assuredUntil(), in.assessment(),
					in.findings(), in.incidents());
			return this;
		}

		Builder assuredUntil(LocalDate v) {
			this.in = new RiskInputs(in.vendorId(), in.vendorName(), in.status(), in.phiAccess(), in.volume(),
					in.systemAccess(), in.category(), in.decisionRole(), in.phiTraining(), in.retentionDays(),
					in.offshoreAccess(), in.subprocessorsWithoutBaa(), in.baa(), v, in.assessment(), in.findings(),
					in.incidents());
			return this;
		}

		Builder assessment(RiskInputs.Assessment v) {
			this.in = new RiskInputs(in.vendorId(), in.vendorName(), in.status(), in.phiAccess(), in.volume(),
					in.systemAccess(), in.category(), in.decisionRole(), in.phiTraining(), in.retentionDays(),
					in.offshoreAccess(), in.subprocessorsWithoutBaa(), in.baa(), in.assuredUntil(), v, in.findings(),
					in.incidents());
			return this;
		}

		Builder findings(RiskInputs.OpenFinding... v) {
			this.in = new RiskInputs(in.vendorId(), in.vendorName(), in.status(), in.phiAccess(), in.volume(),
					in.systemAccess(), in.category(), in.decisionRole(), in.phiTraining(), in.retentionDays(),
					in.offshoreAccess(), in.subprocessorsWithoutBaa(), in.baa(), in.assuredUntil(), in.assessment(),
					List.of(v), in.incidents());
			return this;
		}

		Builder incidents(RiskInputs.Incidents v) {
			this.in = new RiskInputs(in.vendorId(), in.vendorName(), in.status(), in.phiAccess(), in.volume(),
					in.systemAccess(), in.category(), in.decisionRole(), in.phiTraining(), in.retentionDays(),
					in.offshoreAccess(), in.subprocessorsWithoutBaa(), in.baa(), in.assuredUntil(), in.assessment(),
					in.findings(), v);
			return this;
		}

		RiskInputs build() {
			return this.in;
		}

	}

}
