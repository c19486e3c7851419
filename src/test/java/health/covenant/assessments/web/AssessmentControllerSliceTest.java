package health.covenant.assessments.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import health.covenant.WebSliceTest;
import health.covenant.assessments.AnswerValue;
import health.covenant.assessments.AssessmentEvidence;
import health.covenant.assessments.AssessmentIncompleteException;
import health.covenant.assessments.AssessmentKind;
import health.covenant.assessments.AssessmentPolicy;
import health.covenant.assessments.AssessmentQuery;
import health.covenant.assessments.AssessmentRuleException;
import health.covenant.assessments.AssessmentScheduleService;
import health.covenant.assessments.AssessmentScoring;
import health.covenant.assessments.AssessmentService;
import health.covenant.assessments.AssessmentSort;
import health.covenant.assessments.AssessmentStatus;
import health.covenant.assessments.AssessmentViews;
import health.covenant.assessments.Question;
import health.covenant.documents.DocumentService;
import health.covenant.documents.DocumentSummary;
import health.covenant.documents.DocumentType;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.shared.OrganisationClock;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static health.covenant.WebTestSupport.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may start, answer and complete assessments, and what the forms refuse (422 with the input kept). */
@WebSliceTest(AssessmentController.class)
class AssessmentControllerSliceTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@MockitoBean
	AssessmentService assessments;

	@MockitoBean
	AssessmentScheduleService schedules;

	@MockitoBean
	VendorService vendors;

	@MockitoBean
	OrganisationClock clock;

	@MockitoBean
	AssessmentEvidence evidence;

	@MockitoBean
	DocumentService documents;

	@BeforeEach
	void aVendorAndAnAssessment() {
		given(this.clock.today()).willReturn(TODAY);
		given(this.vendors.getSummary(1L))
			.willReturn(new VendorSummary(1L, "Acme Scribe", LifecycleStatus.ACTIVE, PhiAccess.PHI, null));
		given(this.assessments.policy()).willReturn(AssessmentPolicy.defaults());
		given(this.assessments.assessors()).willReturn(List.of());
		given(this.assessments.startableKinds(1L)).willReturn(List.of(AssessmentKind.values()));
		given(this.assessments.detail(5L)).willReturn(detail(AssessmentStatus.IN_PROGRESS, null));
		given(this.assessments.detail(6L)).willReturn(detail(AssessmentStatus.COMPLETED, 40));
		given(this.assessments.cadence(1L)).willReturn(new AssessmentService.Cadence(1L, null, null, 12, 0));
	}

	static AssessmentViews.Detail detail(AssessmentStatus status, Integer score) {
		Question critical = new Question(1, "TS-03", "TECHNICAL_SAFEGUARDS", 10, EnumSet.of(AssessmentKind.INITIAL),
				"Is PHI encrypted at rest?", "Ask for the key management description.", 5, true, null);
		Question partly = new Question(1, "TS-05", "TECHNICAL_SAFEGUARDS", 20, EnumSet.of(AssessmentKind.INITIAL),
				"Are audit logs kept?", null, 4, false, null);
		Question open = new Question(1, "DG-01", "DATA_GOVERNANCE", 5, EnumSet.of(AssessmentKind.INITIAL),
				"Does the vendor keep a PHI inventory?", null, 4, false, null);
		AnswerValue openAnswer = status.open() ? null : AnswerValue.YES;
		List<AssessmentScoring.Item> items = List.of(new AssessmentScoring.Item(open, openAnswer, null),
				new AssessmentScoring.Item(critical, AnswerValue.NO, "Not encrypted"),
				new AssessmentScoring.Item(partly, AnswerValue.PARTLY, null));
		AssessmentScoring.Result result = AssessmentScoring.score(items, 40);
		List<AssessmentViews.SectionView> sections = List.of(
				new AssessmentViews.SectionView("DATA_GOVERNANCE",
						List.of(new AssessmentViews.QuestionView(open, openAnswer, null, false, null, null, null)),
						result.sections().get(0)),
				new AssessmentViews.SectionView("TECHNICAL_SAFEGUARDS",
						List.of(new AssessmentViews.QuestionView(critical, AnswerValue.NO, "Not encrypted", false, "so", null, 1),
								new AssessmentViews.QuestionView(partly, AnswerValue.PARTLY, null, false, "so", null, 1)),
						result.sections().get(1)));
		long id = status.open() ? 5L : 6L;
		return new AssessmentViews.Detail(new AssessmentViews.Summary(id, 1L, AssessmentKind.INITIAL, null, null, status, 1,
				null, TODAY.plusDays(10), status.open() ? null : TODAY, score, score != null, null, 3L),
				"Score so far explained", sections, result);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyoneReadsTheQuestionnaire(Role role) throws Exception {
		this.mvc.perform(get("/assessments/{id}", 5).with(as(role)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Is PHI encrypted at rest?"),
					containsString("Score so far explained"), containsString("<details"), containsString("<progress"))));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "LEGAL", "AUDITOR" })
	void legalAndTheAuditorStartNothing(Role role) throws Exception {
		this.mvc.perform(get("/assessments/new").param("vendorId", "1").with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(post("/assessments").param("vendorId", "1").with(as(role)).with(csrf()))
			.andExpect(status().isForbidden());
		verify(this.assessments, never()).start(any());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "PROCUREMENT", "LEGAL", "AUDITOR" })
	void onlySecurityOfficersAndAdministratorsAnswerAndComplete(Role role) throws Exception {
		this.mvc.perform(post("/assessments/{id}/sections/{s}", 5, "DATA_GOVERNANCE").param("answer[DG-01]", "YES")
			.with(as(role))
			.with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/assessments/{id}/complete", 5).param("version", "3").with(as(role)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/assessments/{id}/next", 6).with(as(role)).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/assessments/cadence/{id}", 1).param("months", "6").param("reason", "x").with(as(role)).with(csrf()))
			.andExpect(status().isForbidden());
		verify(this.assessments, never()).saveSection(anyLong(), anyString(), anyMap());
		verify(this.assessments, never()).complete(anyLong(), anyLong());
	}

	@Test
	void readersSeeNoRadioButtons() throws Exception {
		this.mvc.perform(get("/assessments/{id}", 5).with(as(Role.AUDITOR)))
			.andExpect(content().string(allOf(not(containsString("type=\"radio\"")), not(containsString("id=\"complete\"")))));
	}

	@Test
	void editorsSeeRealRadioButtonsWithLabelsInAFieldsetPerQuestion() throws Exception {
		this.mvc.perform(get("/assessments/{id}", 5).with(as(Role.SECURITY_OFFICER)))
			.andExpect(content().string(allOf(containsString("<fieldset class=\"question"),
					containsString("<legend>"), containsString("id=\"a-DG-01-YES\""),
					containsString("<label for=\"a-DG-01-YES\">Yes</label>"), containsString("id=\"complete\""))));
	}

	@Test
	void procurementStartsAnInitialAssessmentAndIsRedirectedWith303() throws Exception {
		given(this.assessments.start(any())).willReturn(42L);
		this.mvc.perform(post("/assessments").param("vendorId", "1")
			.param("kind", "INITIAL")
			.param("assessorId", "7")
			.param("dueOn", "2026-12-28")
			.with(as(Role.PROCUREMENT))
			.with(csrf())).andExpect(status().isSeeOther()).andExpect(redirectedUrl("/assessments/42"));
		verify(this.assessments).start(new AssessmentService.Start(1L, AssessmentKind.INITIAL, null, null, 7L,
				LocalDate.of(2026, 12, 28)));
	}

	@Test
	void theListFiltersByAVendorTypedByNameWithATypeahead() throws Exception {
		given(this.vendors.findByName("Acme Scribe"))
			.willReturn(java.util.Optional.of(new VendorSummary(1L, "Acme Scribe", LifecycleStatus.ACTIVE, PhiAccess.PHI, null)));
		given(this.assessments.page(any(), any())).willReturn(new PageImpl<>(List.of(detail(AssessmentStatus.IN_PROGRESS, null).summary()), org.springframework.data.domain.PageRequest.of(0, 25), 1));
		given(this.vendors.findSummaries(any()))
			.willReturn(List.of(new VendorSummary(1L, "Acme Scribe", LifecycleStatus.ACTIVE, PhiAccess.PHI, null)));
		this.mvc.perform(get("/assessments").param("vendorName", "Acme Scribe").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("role=\"combobox\""), containsString("data-typeahead=\"vendor-id\""),
					containsString("hx-get=\"/findings/vendor-suggestions\""), containsString("id=\"vendor-id\" type=\"hidden\" name=\"vendor\" value=\"1\""))));
		verify(this.assessments).page(eq(new AssessmentQuery(1L, null, null, false)), any());
	}

	@Test
	void theListReadsItsOrderAndAssessorTypedAndMarksTheSortedHeader() throws Exception {
		UserSummary me = new UserSummary(7L, "sam@covenant.test", "Sam Security", Set.of(Role.SECURITY_OFFICER), true,
				ZoneId.of("America/New_York"), null, false);
		given(this.users.current()).willReturn(Optional.of(me));
		given(this.assessments.assessors()).willReturn(List.of(me));
		given(this.assessments.page(any(), any())).willReturn(new PageImpl<>(
				List.of(detail(AssessmentStatus.IN_PROGRESS, null).summary()), PageRequest.of(0, 25), 60));
		this.mvc.perform(get("/assessments").param("assessor", "mine").param("sort", "-score").with(as(Role.SECURITY_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("aria-sort=\"descending\""),
					containsString("href=\"/assessments?assessor=mine&amp;sort=score\""),
					containsString("href=\"/assessments?assessor=mine&amp;sort=vendor\""),
					containsString("href=\"/assessments?assessor=mine&amp;sort=-score&amp;page=2\""),
					containsString("name=\"sort\" value=\"-score\""), containsString("<option value=\"mine\" selected=\"selected\""),
					not(containsString("hx-swap-oob")))));
		verify(this.assessments).page(eq(new AssessmentQuery(null, null, null, false, 7L, AssessmentSort.SCORE_DESC)), any());

		this.mvc.perform(get("/assessments").param("assessor", "12").param("sort", "vendor")
			.header("HX-Request", "true")
			.with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("aria-sort=\"ascending\""),
					containsString("id=\"sort\" name=\"sort\" value=\"vendor\" hx-swap-oob=\"true\""),
					// the results' content only: swapped into the page's results, it must not nest another
					not(containsString("id=\"assessment-results\"")))));
		verify(this.assessments).page(eq(new AssessmentQuery(null, null, null, false, 12L, AssessmentSort.VENDOR)), any());
	}

	@Test
	void anyAssessorAndTheDueOrderAreTheDefaults() throws Exception {
		given(this.assessments.page(any(), any())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 25), 0));
		this.mvc.perform(get("/assessments").param("assessor", "").param("sort", "").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"any\" selected=\"selected\"")));
		verify(this.assessments).page(eq(new AssessmentQuery(null, null, null, false, null, AssessmentSort.DUE)), any());
	}

	@ParameterizedTest
	@ValueSource(strings = { "assessor=someone", "assessor=-3", "sort=assessor", "sort=upwards", "sort=--due" })
	void anUnknownAssessorOrOrderIsABadRequest(String query) throws Exception {
		String[] parameter = query.split("=", 2);
		this.mvc.perform(get("/assessments").param(parameter[0], parameter[1]).with(as(Role.AUDITOR)))
			.andExpect(status().isBadRequest());
		verify(this.assessments, never()).page(any(), any());
	}

	@Test
	void anUnknownVendorNameListsNothingAndSaysSo() throws Exception {
		this.mvc.perform(get("/assessments").param("vendorName", "Nobody Health").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"unknown-vendor\""), containsString("Nobody Health"))));
		verify(this.assessments, never()).page(any(), any());
	}

	@Test
	void procurementIsOfferedOnlyTheInitialKindForAVendorItRegistered() throws Exception {
		given(this.assessments.startableKinds(1L)).willReturn(List.of(AssessmentKind.INITIAL));
		this.mvc.perform(get("/assessments/new").param("vendorId", "1").with(as(Role.PROCUREMENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<option value=\"INITIAL\""),
					not(containsString("<option value=\"PERIODIC\"")), not(containsString("id=\"useCase\"")))));
		this.mvc.perform(post("/assessments").param("vendorId", "1")
			.param("kind", "PERIODIC")
			.param("assessorId", "7")
			.param("dueOn", "2026-12-28")
			.with(as(Role.PROCUREMENT))
			.with(csrf())).andExpect(status().isForbidden());
		verify(this.assessments, never()).start(any());
	}

	@Test
	void procurementStartsNothingForAVendorItDidNotRegister() throws Exception {
		given(this.assessments.startableKinds(1L)).willReturn(List.of());
		this.mvc.perform(get("/assessments/new").param("vendorId", "1").with(as(Role.PROCUREMENT)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/assessments").param("vendorId", "1")
			.param("kind", "INITIAL")
			.param("assessorId", "7")
			.param("dueOn", "2026-12-28")
			.with(as(Role.PROCUREMENT))
			.with(csrf())).andExpect(status().isForbidden());
		verify(this.assessments, never()).start(any());
	}

	@Test
	void theSecurityOfficerIsOfferedEveryKind() throws Exception {
		this.mvc.perform(get("/assessments/new").param("vendorId", "1").with(as(Role.SECURITY_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<option value=\"INITIAL\""),
					containsString("<option value=\"PRIVACY_IMPACT\""), containsString("id=\"useCase\""))));
	}

	@Test
	void evidenceIsListedBesideItsAnswerWithARemoveButtonForEditors() throws Exception {
		given(this.evidence.forAssessment(5L)).willReturn(Map.of("TS-03", List.of(new DocumentSummary(70L, "Assessment",
				4L, "EVIDENCE", "kms-design.pdf", DocumentType.PDF, 2048, "ab", "so@covenant.test", Instant.EPOCH))));
		this.mvc.perform(get("/assessments/{id}", 5).with(as(Role.SECURITY_OFFICER)))
			.andExpect(content().string(allOf(containsString("id=\"evidence-TS-03\""), containsString("kms-design.pdf"),
					containsString("from assessment #4"), containsString("form=\"evidence-remove\""),
					containsString("id=\"evidence-form-TECHNICAL_SAFEGUARDS\""))));
		this.mvc.perform(get("/assessments/{id}", 5).with(as(Role.PROCUREMENT)))
			.andExpect(content().string(allOf(containsString("kms-design.pdf"), not(containsString("/documents/70/download")),
					not(containsString("form=\"evidence-remove\"")), not(containsString("evidence-form-")))));
	}

	@Test
	void anEditorAttachesEvidenceAndIsSentBackToTheSection() throws Exception {
		given(this.assessments.sectionOf(5L, "TS-03")).willReturn("TECHNICAL_SAFEGUARDS");
		given(this.evidence.attach(eq(5L), eq("TS-03"), eq("kms.pdf"), any())).willReturn(new DocumentSummary(71L,
				"Assessment", 5L, "EVIDENCE", "kms.pdf", DocumentType.PDF, 9, "cd", "so@covenant.test", Instant.EPOCH));
		MockMultipartFile file = new MockMultipartFile("file", "kms.pdf", "application/pdf", "%PDF-1.4\n".getBytes());
		this.mvc.perform(multipart("/assessments/{id}/evidence", 5).file(file).param("questionCode", "TS-03")
			.with(as(Role.SECURITY_OFFICER))
			.with(csrf())).andExpect(status().isSeeOther()).andExpect(redirectedUrl("/assessments/5#section-TECHNICAL_SAFEGUARDS"));
		verify(this.evidence).attach(eq(5L), eq("TS-03"), eq("kms.pdf"), any());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "PROCUREMENT", "LEGAL", "AUDITOR" })
	void onlyEditorsAttachOrRemoveEvidence(Role role) throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "kms.pdf", "application/pdf", "%PDF-1.4\n".getBytes());
		this.mvc.perform(multipart("/assessments/{id}/evidence", 5).file(file).param("questionCode", "TS-03")
			.with(as(role))
			.with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/assessments/{id}/evidence/remove", 5).param("documentId", "70").with(as(role)).with(csrf()))
			.andExpect(status().isForbidden());
		verify(this.evidence, never()).attach(anyLong(), anyString(), anyString(), any());
		verify(this.evidence, never()).remove(anyLong(), anyLong());
	}

	@Test
	void anIncompleteStartFormComesBackWith422AndTheInputKept() throws Exception {
		this.mvc.perform(post("/assessments").param("vendorId", "1")
			.param("kind", "PRIVACY_IMPACT")
			.param("useCase", "Kept use case")
			.with(as(Role.SECURITY_OFFICER))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("Kept use case"), containsString("id=\"dueOn-error\""),
					containsString("id=\"assessorId-error\""))));
		verify(this.assessments, never()).start(any());
	}

	@Test
	void aRuleRefusalComesBackWith422NextToItsField() throws Exception {
		given(this.assessments.start(any()))
			.willThrow(new AssessmentRuleException("trigger", "assessments.rule.triggerRequired"));
		this.mvc.perform(post("/assessments").param("vendorId", "1")
			.param("kind", "TRIGGERED")
			.param("assessorId", "7")
			.param("dueOn", "2026-12-28")
			.with(as(Role.ADMIN))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"trigger-error\""),
					containsString("Say what triggered this assessment."))));
	}

	@Test
	void aSectionSavedWithoutJavaScriptRedirectsWith303ToTheSection() throws Exception {
		this.mvc.perform(post("/assessments/{id}/sections/{s}", 5, "DATA_GOVERNANCE").param("answer[DG-01]", "YES")
			.param("note[DG-01]", "Inventory seen")
			.with(as(Role.SECURITY_OFFICER))
			.with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/assessments/5#section-DATA_GOVERNANCE"));
		verify(this.assessments).saveSection(eq(5L), eq("DATA_GOVERNANCE"),
				eq(Map.of("DG-01", new AssessmentService.AnswerInput(AnswerValue.YES, "Inventory seen"))));
	}

	@Test
	void aSectionSavedWithHtmxAnswersTheSectionAndTheProgressOutOfBand() throws Exception {
		given(this.assessments.saveSection(eq(5L), eq("DATA_GOVERNANCE"), anyMap())).willReturn(1);
		this.mvc.perform(post("/assessments/{id}/sections/{s}", 5, "DATA_GOVERNANCE").param("answer[DG-01]", "YES")
			.header("HX-Request", "true")
			.with(as(Role.SECURITY_OFFICER))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"section-DATA_GOVERNANCE\""),
					not(containsString("id=\"section-TECHNICAL_SAFEGUARDS\"")), containsString("hx-swap-oob=\"true\""),
					containsString("Saved: 1 changed"))));
	}

	@Test
	void completingAnIncompleteAssessmentComesBackWith422NamingTheMissingAnswers() throws Exception {
		AssessmentScoring.Result incomplete = detail(AssessmentStatus.IN_PROGRESS, null).result();
		given(this.assessments.complete(5L, 3L)).willThrow(new AssessmentIncompleteException(incomplete));
		this.mvc.perform(post("/assessments/{id}/complete", 5).param("version", "3")
			.with(as(Role.SECURITY_OFFICER))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"incomplete\""), containsString("href=\"#q-DG-01\""))));
	}

	@Test
	void completingRedirectsWith303() throws Exception {
		this.mvc.perform(post("/assessments/{id}/complete", 5).param("version", "3")
			.with(as(Role.ADMIN))
			.with(csrf())).andExpect(status().isSeeOther()).andExpect(redirectedUrl("/assessments/5"));
		verify(this.assessments).complete(5L, 3L);
	}

	@Test
	void aCompletedAssessmentIsReadOnlyAndOffersARaiseAFindingLinkForNonCriticalShortfalls() throws Exception {
		this.mvc.perform(get("/assessments/{id}", 6).with(as(Role.SECURITY_OFFICER)))
			.andExpect(content().string(allOf(not(containsString("type=\"radio\"")), containsString("id=\"start-next\""),
					containsString("/findings/new?vendorId=1&amp;assessmentId=6&amp;questionCode=TS-05"),
					not(containsString("questionCode=TS-03")), containsString("a finding is opened for it"))));
	}

	@Test
	void aCadenceOverrideWithoutAReasonComesBackWith422() throws Exception {
		given(this.assessments.cadence(1L)).willReturn(new AssessmentService.Cadence(1L, null, null, 12, 0));
		org.mockito.BDDMockito.willThrow(new AssessmentRuleException("reason", "assessments.rule.reasonRequired"))
			.given(this.assessments)
			.changeCadence(1L, 0L, 6, null);
		this.mvc.perform(post("/assessments/cadence/{id}", 1).param("months", "6")
			.param("version", "0")
			.with(as(Role.SECURITY_OFFICER))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"reason-error\""), containsString("value=\"6\""))));
	}

	@Test
	void aTypedFilterWithABadValueAnswers400() throws Exception {
		this.mvc.perform(get("/assessments").param("kind", "SOMETHING").with(as(Role.AUDITOR)))
			.andExpect(status().isBadRequest());
	}


}
