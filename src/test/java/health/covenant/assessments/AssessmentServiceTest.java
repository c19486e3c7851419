package health.covenant.assessments;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.TestUsers;
import health.covenant.documents.DocumentService;
import health.covenant.documents.DocumentSummary;
import health.covenant.documents.TestFiles;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.vendors.AiProfileDetails;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.PhiTraining;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorRiskRecords;
import health.covenant.vendors.VendorScores;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Assessments end to end in the service: prefill from the AI profile, answers by section, completion
 * blocked until complete, the completion event's shortfalls, supersede and start-next, and the stored
 * next assessment due following each input.
 */
@IntegrationTest
@RecordApplicationEvents
@WithMockUser(username = "admin@covenant.test", roles = "ADMIN")
class AssessmentServiceTest {

	@Autowired
	VendorRiskRecords risks;

	@Autowired
	AssessmentService assessments;

	@Autowired
	AssessmentScheduleService schedules;

	@Autowired
	QuestionBank bank;

	@Autowired
	VendorService vendors;

	@Autowired
	UserService users;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	AssessmentEvidence evidence;

	@Autowired
	DocumentService documents;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theBankHoldsTheSecurityAndPrivacyImpactQuestionsWithTheirCriticalOnes() {
		int version = this.bank.latestVersion();
		List<Question> security = this.bank.questions(version, AssessmentKind.INITIAL);
		List<Question> pia = this.bank.questions(version, AssessmentKind.PRIVACY_IMPACT);
		assertThat(security).hasSizeBetween(40, 60);
		assertThat(pia).hasSizeBetween(10, 15);
		assertThat(this.bank.sections(version, AssessmentKind.PERIODIC).keySet()).containsExactly("DATA_GOVERNANCE",
				"DEIDENTIFICATION", "TECHNICAL_SAFEGUARDS", "INCIDENT_RESPONSE", "THIRD_PARTY_ASSURANCE", "SUBPROCESSORS",
				"AI_GOVERNANCE");
		assertThat(security).filteredOn(Question::critical)
			.extracting(Question::code)
			.contains("TS-01", "TS-03", "TS-04", "IR-02", "DG-03");
	}

	@Test
	void completingPublishesEveryShortfallWithItsCriticalFlagAndScoresWithTheCap() {
		UserSummary officer = TestUsers.create(this.users, "assessor", Role.SECURITY_OFFICER);
		long vendor = vendorInService("Shortfall Scribe", PhiAccess.PHI);
		long id = this.assessments.start(new AssessmentService.Start(vendor, AssessmentKind.INITIAL, null, null,
				officer.id(), this.clock.today().plusDays(30)));
		assertThat(this.assessments.get(id).status()).isEqualTo(AssessmentStatus.DRAFT);

		answerAll(id, Map.of("TS-03", AnswerValue.NO, "DG-04", AnswerValue.PARTLY, "AI-09", AnswerValue.NO));
		assertThat(this.assessments.get(id).status()).isEqualTo(AssessmentStatus.IN_PROGRESS);

		AssessmentScoring.Result result = this.assessments.complete(id, this.assessments.get(id).version());
		assertThat(result.capped()).isTrue();
		assertThat(result.score()).isEqualTo(40);
		assertThat(result.uncapped()).isGreaterThan(40);
		AssessmentViews.Summary done = this.assessments.get(id);
		assertThat(done.status()).isEqualTo(AssessmentStatus.COMPLETED);
		assertThat(done.score()).isEqualTo(40);
		assertThat(done.completedOn()).isEqualTo(this.clock.today());
		assertThat(this.assessments.detail(id).explanation()).contains("Capped at 40").contains("TS-03");
		assertThat(this.jdbc.sql("SELECT count(*) FROM assessment_section_score WHERE assessment_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(7);

		List<AssessmentCompleted> completed = this.events.stream(AssessmentCompleted.class)
			.filter((e) -> e.assessmentId() == id)
			.toList();
		assertThat(completed).hasSize(1);
		assertThat(completed.get(0).vendorId()).isEqualTo(vendor);
		assertThat(completed.get(0).shortfalls()).extracting(AssessmentCompleted.Shortfall::questionCode,
				AssessmentCompleted.Shortfall::answer, AssessmentCompleted.Shortfall::critical)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("DG-04", AnswerValue.PARTLY, false),
					org.assertj.core.groups.Tuple.tuple("TS-03", AnswerValue.NO, true),
					org.assertj.core.groups.Tuple.tuple("AI-09", AnswerValue.NO, false));
		assertThat(completed.get(0).shortfalls().get(1).section()).isEqualTo("HIPAA technical safeguards (164.312)");
		assertThat(completed.get(0).shortfalls().get(1).evidenceNote()).isEqualTo("note TS-03");

		assertThatExceptionOfType(AssessmentRuleException.class)
			.isThrownBy(() -> this.assessments.saveSection(id, "DATA_GOVERNANCE",
					Map.of("DG-01", new AssessmentService.AnswerInput(AnswerValue.NO, null))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("assessments.rule.readOnly"));
	}

	@Test
	void anUnansweredQuestionOrANotApplicableWithoutNoteBlocksCompletion() {
		long vendor = vendorInService("Blocked Scribe", PhiAccess.PHI);
		long id = this.assessments.start(new AssessmentService.Start(vendor, AssessmentKind.INITIAL, null, null, null,
				this.clock.today().plusDays(30)));
		answerAll(id, Map.of());
		this.assessments.saveSection(id, "DEIDENTIFICATION",
				Map.of("DEID-01", new AssessmentService.AnswerInput(AnswerValue.NOT_APPLICABLE, "")));
		assertThatExceptionOfType(AssessmentIncompleteException.class)
			.isThrownBy(() -> this.assessments.complete(id, this.assessments.get(id).version()))
			.satisfies((ex) -> assertThat(ex.result().notApplicableWithoutNote()).containsExactly("DEID-01"));
		assertThat(this.assessments.get(id).status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
	}

	@Test
	void theAiProfilePrefillsAnswersThatCountOnlyOnceConfirmed() {
		long vendor = vendorInService("Prefilled Scribe", PhiAccess.PHI);
		AiProfileDetails ai = new AiProfileDetails(null, null, false, null, true, null, PhiTraining.YES, null, 30, 30,
				90, 30, false, true, null, false, false, null, false, null, null, null, null, false, false, false,
				false, null, null, null);
		this.vendors.updateAiProfile(vendor, 0, ai);
		long id = this.assessments.start(new AssessmentService.Start(vendor, AssessmentKind.INITIAL, null, null, null,
				this.clock.today().plusDays(30)));
		AssessmentViews.Detail detail = this.assessments.detail(id);
		Map<String, AssessmentViews.QuestionView> byCode = new LinkedHashMap<>();
		detail.sections().forEach((s) -> s.questions().forEach((q) -> byCode.put(q.question().code(), q)));
		assertThat(byCode.get("DG-03").answer()).as("trains on PHI").isEqualTo(AnswerValue.NO);
		assertThat(byCode.get("DG-03").prefilled()).isTrue();
		assertThat(byCode.get("DG-04").answer()).as("every retention set").isEqualTo(AnswerValue.YES);
		assertThat(byCode.get("AI-01").answer()).as("model card").isEqualTo(AnswerValue.YES);
		assertThat(byCode.get("AI-02").answer()).as("bias tested").isEqualTo(AnswerValue.YES);
		assertThat(byCode.get("AI-03").answer()).as("a false flag prefills nothing").isNull();
		assertThat(detail.result().answered()).as("prefilled answers wait for confirmation").isZero();

		this.assessments.saveSection(id, "DATA_GOVERNANCE",
				Map.of("DG-03", new AssessmentService.AnswerInput(AnswerValue.NO, "Confirmed with the vendor")));
		AssessmentViews.Detail after = this.assessments.detail(id);
		assertThat(after.result().answered()).isEqualTo(1);
		assertThat(after.sections().get(0).questions().stream().filter((q) -> q.question().code().equals("DG-03")).findFirst()
			.orElseThrow()
			.prefilled()).isFalse();
	}

	@Test
	void theNextAssessmentDueFollowsInServiceTheOpenOneTheLastCompletedTheCadenceAndThePhiAccess() {
		LocalDate today = this.clock.today();
		long vendor = register("Schedule Scribe", PhiAccess.PHI);
		assertThat(standing(vendor).dueBasis()).isEqualTo(AssessmentScheduleRules.DueBasis.NOT_IN_SERVICE);
		assertThat(standing(vendor).nextDue()).isNull();

		this.vendors.changeStatus(vendor, this.vendors.getView(vendor).version(), LifecycleStatus.ONBOARDING);
		assertThat(standing(vendor).dueBasis()).isEqualTo(AssessmentScheduleRules.DueBasis.FIRST_ASSESSMENT);
		assertThat(standing(vendor).nextDue()).isEqualTo(today.plusDays(30));

		long id = this.assessments.start(new AssessmentService.Start(vendor, AssessmentKind.INITIAL, null, null, null,
				today.plusDays(14)));
		assertThat(standing(vendor)).satisfies((s) -> {
			assertThat(s.dueBasis()).isEqualTo(AssessmentScheduleRules.DueBasis.OPEN_ASSESSMENT);
			assertThat(s.nextDue()).isEqualTo(today.plusDays(14));
			assertThat(s.openAssessmentId()).isEqualTo(id);
			assertThat(s.openStatus()).isEqualTo(AssessmentStatus.DRAFT);
		});

		answerAll(id, Map.of());
		assertThat(standing(vendor).openStatus()).isEqualTo(AssessmentStatus.IN_PROGRESS);
		this.assessments.complete(id, this.assessments.get(id).version());
		assertThat(standing(vendor)).satisfies((s) -> {
			assertThat(s.dueBasis()).isEqualTo(AssessmentScheduleRules.DueBasis.LAST_ASSESSMENT);
			assertThat(s.lastAssessmentId()).isEqualTo(id);
			assertThat(s.lastScore()).isEqualTo(100);
			// the risk module scored the vendor: its tier sets the cadence
			assertThat(s.cadenceSource()).isEqualTo(AssessmentScheduleRules.CadenceSource.RISK_TIER);
			assertThat(s.nextDue()).isEqualTo(today.plusMonths(tierMonths(vendor)));
			assertThat(s.openAssessmentId()).isNull();
		});

		assertThatExceptionOfType(AssessmentRuleException.class)
			.isThrownBy(() -> this.assessments.changeCadence(vendor, 0, 6, " "))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("reason"));
		this.assessments.changeCadence(vendor, 0, 6, "New model every quarter");
		assertThat(standing(vendor).nextDue()).isEqualTo(today.plusMonths(6));
		assertThat(standing(vendor).cadenceSource()).isEqualTo(AssessmentScheduleRules.CadenceSource.OVERRIDE);
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ASSESSMENT_CADENCE_CHANGED' AND entity_id = ?")
			.param(Long.toString(vendor))
			.query(Integer.class)
			.single()).isEqualTo(1);

		this.assessments.changeCadence(vendor, this.assessments.cadence(vendor).version(), null, null);
		VendorDetails details = this.vendors.getView(vendor).details();
		this.vendors.update(vendor, this.vendors.getView(vendor).version(), withPhi(details, PhiAccess.LIMITED_DATA_SET));
		assertThat(standing(vendor).cadenceSource()).isEqualTo(AssessmentScheduleRules.CadenceSource.RISK_TIER);
		assertThat(standing(vendor).cadenceMonths()).isEqualTo(tierMonths(vendor));
		// a vendor not scored yet falls back on its PHI access: a limited data set every 24 months
		VendorScores.forget(this.jdbc, vendor);
		this.schedules.rebuild();
		assertThat(standing(vendor).cadenceSource()).isEqualTo(AssessmentScheduleRules.CadenceSource.PHI_ACCESS);
		assertThat(standing(vendor).cadenceMonths()).isEqualTo(24);
		assertThat(standing(vendor).nextDue()).isEqualTo(today.plusMonths(24));

		// the full rebuild gives this vendor what the incremental upkeep gave it (other tests' vendors, some
		// inserted with SQL, are not this test's to count)
		AssessmentStanding before = standing(vendor);
		this.schedules.rebuild();
		assertThat(standing(vendor)).isEqualTo(before);
		assertThat(this.jdbc.sql("SELECT count(*) FROM vendor_assessment_state WHERE vendor_id = ?")
			.param(vendor)
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Test
	void theNextOneCopiesTheAnswersAsADraftAndSupersedesThePreviousWhenItCompletes() {
		long vendor = vendorInService("Next Scribe", PhiAccess.PHI);
		long first = this.assessments.start(new AssessmentService.Start(vendor, AssessmentKind.INITIAL, null, null, null,
				this.clock.today().plusDays(30)));
		answerAll(first, Map.of("TP-04", AnswerValue.PARTLY));
		this.assessments.complete(first, this.assessments.get(first).version());
		assertThatExceptionOfType(AssessmentRuleException.class)
			.isThrownBy(() -> this.assessments.saveSection(first, "DATA_GOVERNANCE", Map.of()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("assessments.rule.readOnly"));

		long next = this.assessments.startNext(first);
		AssessmentViews.Summary draft = this.assessments.get(next);
		assertThat(draft.status()).isEqualTo(AssessmentStatus.DRAFT);
		assertThat(draft.kind()).isEqualTo(AssessmentKind.PERIODIC);
		assertThat(draft.previousId()).isEqualTo(first);
		assertThat(draft.dueOn()).isEqualTo(this.clock.today().plusMonths(12));
		AssessmentViews.Detail copied = this.assessments.detail(next);
		assertThat(copied.result().unanswered()).isEmpty();
		assertThat(copied.sections().stream().flatMap((s) -> s.questions().stream())
			.filter((q) -> q.question().code().equals("TP-04"))
			.findFirst()
			.orElseThrow()).satisfies((q) -> {
				assertThat(q.answer()).isEqualTo(AnswerValue.PARTLY);
				assertThat(q.note()).isEqualTo("note TP-04");
			});
		assertThatExceptionOfType(AssessmentRuleException.class).isThrownBy(() -> this.assessments.startNext(first))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("assessments.rule.alreadyOpen"));

		this.assessments.saveSection(next, "THIRD_PARTY_ASSURANCE",
				Map.of("TP-04", new AssessmentService.AnswerInput(AnswerValue.YES, "Bridge letter received")));
		this.assessments.complete(next, this.assessments.get(next).version());
		assertThat(this.assessments.get(first).status()).isEqualTo(AssessmentStatus.SUPERSEDED);
		assertThat(this.assessments.get(next).score()).isEqualTo(100);
		assertThat(standing(vendor).lastAssessmentId()).isEqualTo(next);
		assertThat(this.jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'Assessment' AND entity_id = ? ORDER BY seq")
			.param(Long.toString(first))
			.query(String.class)
			.list()).containsExactly("ASSESSMENT_STARTED", "ASSESSMENT_ANSWERED", "ASSESSMENT_ANSWERED",
					"ASSESSMENT_ANSWERED", "ASSESSMENT_ANSWERED", "ASSESSMENT_ANSWERED", "ASSESSMENT_ANSWERED",
					"ASSESSMENT_ANSWERED", "ASSESSMENT_COMPLETED", "ASSESSMENT_SUPERSEDED");
	}

	@Test
	void evidenceIsStoredPerAnswerCarriedToTheNextAssessmentAndRemovedWithItsAudit() {
		long vendor = vendorInService("Evidence Scribe", PhiAccess.PHI);
		long first = this.assessments.start(new AssessmentService.Start(vendor, AssessmentKind.INITIAL, null, null, null,
				this.clock.today().plusDays(30)));
		DocumentSummary kms = this.evidence.attach(first, "TS-03", "kms-design.pdf", TestFiles.pdf("key management"));
		DocumentSummary wrong = this.evidence.attach(first, "TS-03", "wrong.pdf", TestFiles.pdf("wrong file"));
		assertThat(this.evidence.forAssessment(first).get("TS-03")).extracting(DocumentSummary::fileName)
			.containsExactly("wrong.pdf", "kms-design.pdf");
		assertThatExceptionOfType(AssessmentRuleException.class)
			.isThrownBy(() -> this.evidence.attach(first, "PIA-01", "x.pdf", TestFiles.pdf("x")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("questionCode"));

		assertThat(this.evidence.remove(first, wrong.id())).isEqualTo("wrong.pdf");
		assertThat(this.documents.find(wrong.id())).isEmpty();
		assertThat(this.jdbc.sql("SELECT changes::text FROM audit_event WHERE entity_type = 'Assessment' "
				+ "AND entity_id = ? AND action = 'ASSESSMENT_EVIDENCE_REMOVED'")
			.param(Long.toString(first))
			.query(String.class)
			.single()).contains("evidence.TS-03", "wrong.pdf", "kms-design.pdf");

		answerAll(first, Map.of());
		this.assessments.complete(first, this.assessments.get(first).version());
		assertThatExceptionOfType(AssessmentRuleException.class).isThrownBy(() -> this.evidence.remove(first, kms.id()));
		long next = this.assessments.startNext(first);
		assertThat(this.evidence.forAssessment(next).get("TS-03")).extracting(DocumentSummary::id)
			.containsExactly(kms.id());
		this.evidence.remove(next, kms.id());
		assertThat(this.evidence.forAssessment(next)).isEmpty();
		assertThat(this.evidence.forAssessment(first).get("TS-03")).extracting(DocumentSummary::id)
			.containsExactly(kms.id());
		assertThat(this.documents.find(kms.id())).isPresent();
		assertThat(this.jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'Assessment' AND entity_id = ? "
				+ "AND action LIKE 'ASSESSMENT_EVIDENCE%' ORDER BY seq")
			.param(Long.toString(first))
			.query(String.class)
			.list()).containsExactly("ASSESSMENT_EVIDENCE_ATTACHED", "ASSESSMENT_EVIDENCE_ATTACHED",
					"ASSESSMENT_EVIDENCE_REMOVED");
	}

	@Test
	@WithMockUser(username = "procurement@covenant.test", roles = "PROCUREMENT")
	void procurementStartsNothingOfAVendorItDidNotRegister() {
		long vendor = vendorInService("Someone Else's Scribe", PhiAccess.PHI);
		this.jdbc.sql("UPDATE vendor SET created_by = 'legal@covenant.test' WHERE id = ?").param(vendor).update();
		assertThat(this.assessments.startableKinds(vendor)).isEmpty();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.assessments.start(
				new AssessmentService.Start(vendor, AssessmentKind.INITIAL, null, null, null, this.clock.today())));
	}

	@Test
	void anAdministratorStartsEveryKindOfAnyVendor() {
		long vendor = vendorInService("Any Scribe", PhiAccess.PHI);
		this.jdbc.sql("UPDATE vendor SET created_by = 'legal@covenant.test' WHERE id = ?").param(vendor).update();
		assertThat(this.assessments.startableKinds(vendor)).containsExactly(AssessmentKind.values());
	}

	@Test
	@WithMockUser(username = "procurement@covenant.test", roles = "PROCUREMENT")
	void procurementStartsOnlyAnInitialAssessment() {
		long vendor = vendorInService("Procured Scribe", PhiAccess.PHI);
		assertThat(this.assessments.startableKinds(vendor)).containsExactly(AssessmentKind.INITIAL);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.assessments.start(
				new AssessmentService.Start(vendor, AssessmentKind.PERIODIC, null, null, null, this.clock.today())));
		long id = this.assessments.start(new AssessmentService.Start(vendor, AssessmentKind.INITIAL, null, null, null,
				this.clock.today().plusDays(30)));
		assertThat(this.assessments.get(id).kind()).isEqualTo(AssessmentKind.INITIAL);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.assessments.saveSection(id,
				"DATA_GOVERNANCE", Map.of("DG-01", new AssessmentService.AnswerInput(AnswerValue.YES, null))));
	}

	@Test
	void aTriggeredOneNeedsItsTriggerAndAPrivacyImpactOneItsUseCase() {
		long vendor = vendorInService("Rules Scribe", PhiAccess.PHI);
		assertThatExceptionOfType(AssessmentRuleException.class)
			.isThrownBy(() -> this.assessments.start(new AssessmentService.Start(vendor, AssessmentKind.TRIGGERED, null,
					null, null, this.clock.today())))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("trigger"));
		assertThatExceptionOfType(AssessmentRuleException.class)
			.isThrownBy(() -> this.assessments.start(new AssessmentService.Start(vendor, AssessmentKind.PRIVACY_IMPACT,
					null, " ", null, this.clock.today())))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("useCase"));
		long pia = this.assessments.start(new AssessmentService.Start(vendor, AssessmentKind.PRIVACY_IMPACT, null,
				"Ambient scribe in primary care", null, this.clock.today().plusDays(30)));
		assertThat(this.assessments.detail(pia).sections()).extracting(AssessmentViews.SectionView::code)
			.containsExactly("PIA_PURPOSE", "PIA_PHI_ELEMENTS", "PIA_DATA_FLOW", "PIA_DISCLOSURE", "PIA_ALTERNATIVES",
					"PIA_DECISION");
		long triggered = this.assessments.start(new AssessmentService.Start(vendor, AssessmentKind.TRIGGERED,
				AssessmentTrigger.INCIDENT, null, null, this.clock.today().plusDays(10)));
		assertThat(this.assessments.get(triggered).trigger()).isEqualTo(AssessmentTrigger.INCIDENT);
		assertThatExceptionOfType(AssessmentRuleException.class)
			.isThrownBy(() -> this.assessments.start(new AssessmentService.Start(vendor, AssessmentKind.PERIODIC, null,
					null, null, this.clock.today())))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("assessments.rule.alreadyOpen"));
	}

	/** Answers every question YES (N/A gets a note), except the given ones; each with a note "note CODE". */
	void answerAll(long id, Map<String, AnswerValue> except) {
		AssessmentViews.Detail detail = this.assessments.detail(id);
		for (AssessmentViews.SectionView section : detail.sections()) {
			Map<String, AssessmentService.AnswerInput> answers = new LinkedHashMap<>();
			for (AssessmentViews.QuestionView q : section.questions()) {
				String code = q.question().code();
				answers.put(code, new AssessmentService.AnswerInput(except.getOrDefault(code, AnswerValue.YES), "note " + code));
			}
			this.assessments.saveSection(id, section.code(), answers);
		}
	}

	@Test
	void theListSortsEveryColumnBothWaysWithTheIdLastAndFiltersByAssessor() {
		UserSummary assessor = TestUsers.create(this.users, "sorted-assessor", Role.SECURITY_OFFICER);
		long alpha = register("Aaa Sorted", PhiAccess.PHI);
		long beta = register("Bbb Sorted", PhiAccess.PHI);
		LocalDate today = this.clock.today();
		long a1 = start(beta, AssessmentKind.INITIAL, null, assessor.id(), today.plusDays(10));
		long a2 = start(alpha, AssessmentKind.INITIAL, null, assessor.id(), today.plusDays(20));
		long a3 = start(alpha, AssessmentKind.PRIVACY_IMPACT, "Ambient scribe", assessor.id(), today.plusDays(10));
		long a4 = start(beta, AssessmentKind.PRIVACY_IMPACT, "Ambient scribe", assessor.id(), today.plusDays(10));
		long unassigned = start(beta, AssessmentKind.PRIVACY_IMPACT, "Triage chatbot", null, today.plusDays(10));
		completed(a2, today.minusDays(10), 80);
		completed(a3, today.minusDays(5), 60);

		assertThat(sorted(assessor, AssessmentSort.DUE)).containsExactly(a1, a3, a4, a2);
		assertThat(sorted(assessor, AssessmentSort.DUE_DESC)).containsExactly(a2, a4, a3, a1);
		assertThat(sorted(assessor, AssessmentSort.VENDOR)).containsExactly(a3, a2, a1, a4);
		assertThat(sorted(assessor, AssessmentSort.VENDOR_DESC)).containsExactly(a4, a1, a2, a3);
		assertThat(sorted(assessor, AssessmentSort.STATUS)).containsExactly(a1, a4, a3, a2);
		assertThat(sorted(assessor, AssessmentSort.STATUS_DESC)).containsExactly(a2, a3, a4, a1);
		// not scored nor completed: last both ways
		assertThat(sorted(assessor, AssessmentSort.SCORE)).containsExactly(a3, a2, a1, a4);
		assertThat(sorted(assessor, AssessmentSort.SCORE_DESC)).containsExactly(a2, a3, a4, a1);
		assertThat(sorted(assessor, AssessmentSort.COMPLETED)).containsExactly(a2, a3, a1, a4);
		assertThat(sorted(assessor, AssessmentSort.COMPLETED_DESC)).containsExactly(a3, a2, a4, a1);
		assertThat(ids(new AssessmentQuery(beta, null, null, false, null, null))).containsExactly(a1, a4, unassigned);
		assertThat(ids(new AssessmentQuery(beta, null, null, false, assessor.id(), null))).containsExactly(a1, a4);

		// a rename moves the vendor's assessments in the vendor order
		this.vendors.update(alpha, this.vendors.getView(alpha).version(),
				VendorDetails.named("Zzz Renamed " + System.nanoTime(), PhiAccess.PHI));
		assertThat(sorted(assessor, AssessmentSort.VENDOR)).containsExactly(a1, a4, a3, a2);
	}

	private long start(long vendor, AssessmentKind kind, String useCase, Long assessor, LocalDate due) {
		return this.assessments.start(new AssessmentService.Start(vendor, kind, null, useCase, assessor, due));
	}

	/** The result as completion stores it (the questionnaire itself is tested above). */
	private void completed(long id, LocalDate on, int score) {
		this.jdbc.sql("UPDATE assessment SET status = 'COMPLETED', completed_on = ?, score = ? WHERE id = ?")
			.params(on, score, id)
			.update();
	}

	private List<Long> sorted(UserSummary assessor, AssessmentSort sort) {
		return ids(new AssessmentQuery(null, null, null, false, assessor.id(), sort));
	}

	private List<Long> ids(AssessmentQuery query) {
		return this.assessments.page(query, PageRequest.of(0, 25))
			.getContent()
			.stream()
			.map(AssessmentViews.Summary::id)
			.toList();
	}

	private AssessmentStanding standing(long vendor) {
		return this.schedules.forVendor(vendor).orElseThrow();
	}

	private long register(String name, PhiAccess phi) {
		return this.vendors.register(VendorDetails.named(name + " " + System.nanoTime(), phi));
	}

	private long vendorInService(String name, PhiAccess phi) {
		long id = register(name, phi);
		this.vendors.changeStatus(id, this.vendors.getView(id).version(), LifecycleStatus.ONBOARDING);
		return id;
	}

	static VendorDetails withPhi(VendorDetails d, PhiAccess phi) {
		return new VendorDetails(d.name(), d.legalName(), d.website(), d.description(), d.serviceCategory(),
				d.businessOwnerId(), d.primaryContact(), d.securityContact(), phi, d.recordVolume(), d.systemAccess(),
				d.hostingRegions(), d.externalReference());
	}


	/** The reassessment cadence of the vendor's current tier, as the risk module scored it. */
	private int tierMonths(long vendor) {
		return ReassessmentPolicy.defaults().monthsFor(this.risks.of(vendor).orElseThrow().tier());
	}

}
