package health.covenant.assessments;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.assessments.AssessmentScheduleRules.CadenceSource;
import health.covenant.assessments.AssessmentScheduleRules.DueBasis;
import health.covenant.certifications.CertificationAssurance;
import health.covenant.certifications.CertificationDetails;
import health.covenant.certifications.CertificationService;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationQuery;
import health.covenant.obligations.ObligationService;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.RiskTier;
import health.covenant.vendors.SubprocessorDetails;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorRiskRecords;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reassessment cadence follows the risk tier the risk module records, and a certification that
 * lapses after the last assessment, or a new sub-processor, pulls the next one forward: the stored
 * schedule and the "assessment due" obligation move with them.
 */
@IntegrationTest
class AssessmentCadenceByTierTest {

	@Autowired
	VendorService vendors;

	@Autowired
	AssessmentService assessments;

	@Autowired
	AssessmentScheduleService schedules;

	@Autowired
	VendorRiskRecords risks;

	@Autowired
	CertificationService certifications;

	@Autowired
	CertificationAssurance assurance;

	@Autowired
	ObligationService obligations;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aTierChangeMovesTheAssessmentDueAndALapsingCertificationPullsItForward() {
		LocalDate today = this.clock.today();
		long vendor = assessedToday();
		// the risk module scored the vendor when its assessment completed: the tier sets the cadence
		RiskTier scored = this.risks.of(vendor).orElseThrow().tier();
		assertThat(standing(vendor)).satisfies((s) -> {
			assertThat(s.riskTier()).isEqualTo(scored);
			assertThat(s.cadenceSource()).isEqualTo(CadenceSource.RISK_TIER);
		});
		awaitObligationDue(vendor, today.plusMonths(ReassessmentPolicy.defaults().monthsFor(scored)));

		SystemActor.runAs(() -> this.risks.record(vendor, RiskTier.LOW, 14, false));
		assertThat(standing(vendor)).satisfies((s) -> {
			assertThat(s.riskTier()).isEqualTo(RiskTier.LOW);
			assertThat(s.cadenceSource()).isEqualTo(CadenceSource.RISK_TIER);
			assertThat(s.cadenceMonths()).isEqualTo(36);
			assertThat(s.nextDue()).isEqualTo(today.plusMonths(36));
		});
		awaitObligationDue(vendor, today.plusMonths(36));

		SystemActor.runAs(() -> this.risks.record(vendor, RiskTier.MEDIUM, 45, true));
		assertThat(standing(vendor).nextDue()).isEqualTo(today.plusMonths(24));
		awaitObligationDue(vendor, today.plusMonths(24));

		// a SOC 2 report that stops counting in about a month: reassess within 30 days of its lapse
		SystemActor.runAs(() -> this.certifications.create(vendor,
				CertificationDetails.soc2Type2("Schellman", today.minusMonths(23).plusDays(1), today.minusMonths(11),
						today.minusMonths(11).plusDays(30), null),
				true, null));
		LocalDate assuredUntil = this.assurance.assuredUntil(List.of(vendor)).get(vendor);
		assertThat(assuredUntil).isAfter(today).isBefore(today.plusMonths(3));
		LocalDate pulled = assuredUntil.plusDays(31);
		assertThat(standing(vendor)).satisfies((s) -> {
			assertThat(s.dueBasis()).isEqualTo(DueBasis.CERTIFICATION_LAPSED);
			assertThat(s.triggeredOn()).isEqualTo(assuredUntil.plusDays(1));
			assertThat(s.nextDue()).isEqualTo(pulled);
			// the certification is an input of the score too: the cadence is that of the tier it has now
			assertThat(s.cadenceMonths())
				.isEqualTo(ReassessmentPolicy.defaults().monthsFor(this.risks.of(vendor).orElseThrow().tier()));
		});
		awaitObligationDue(vendor, pulled);

		// a sub-processor added ten days after the assessment: reassess within 30 days of that, sooner still
		LocalDate added = today.plusDays(10);
		this.clock.setDate(added);
		SystemActor.runAs(() -> this.vendors.addSubprocessor(vendor,
				new SubprocessorDetails("Fourth Party Hosting", null, null, false, false)));
		assertThat(standing(vendor)).satisfies((s) -> {
			assertThat(s.dueBasis()).isEqualTo(DueBasis.NEW_SUBPROCESSOR);
			assertThat(s.triggeredOn()).isEqualTo(added);
			assertThat(s.nextDue()).isEqualTo(added.plusDays(30));
		});
		awaitObligationDue(vendor, added.plusDays(30));

		// the full rebuild agrees with the incremental upkeep
		AssessmentStanding before = standing(vendor);
		SystemActor.runAs(this.schedules::rebuild);
		assertThat(standing(vendor)).isEqualTo(before);
	}

	private long assessedToday() {
		long[] ids = new long[2];
		SystemActor.runAs(() -> {
			ids[0] = this.vendors.register(VendorDetails.named("Tiered Scribe " + System.nanoTime(), PhiAccess.PHI));
			this.vendors.changeStatus(ids[0], this.vendors.getView(ids[0]).version(), LifecycleStatus.ONBOARDING);
			ids[1] = this.assessments.start(new AssessmentService.Start(ids[0], AssessmentKind.INITIAL, null, null, null,
					this.clock.today().plusDays(14)));
			for (AssessmentViews.SectionView section : this.assessments.detail(ids[1]).sections()) {
				Map<String, AssessmentService.AnswerInput> answers = new LinkedHashMap<>();
				section.questions()
					.forEach((q) -> answers.put(q.question().code(), new AssessmentService.AnswerInput(AnswerValue.YES, null)));
				this.assessments.saveSection(ids[1], section.code(), answers);
			}
			this.assessments.complete(ids[1], this.assessments.get(ids[1]).version());
		});
		return ids[0];
	}

	private void awaitObligationDue(long vendor, LocalDate due) {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(this.obligations
			.search(new ObligationQuery(null, null, vendor, null, null, false, false), 10)
			.stream()
			.filter((o) -> o.kind() == ObligationKind.ASSESSMENT_DUE)
			.map(Obligation::dueDate)
			.toList()).containsExactly(due));
	}

	private AssessmentStanding standing(long vendor) {
		return this.schedules.forVendor(vendor).orElseThrow();
	}

}
