package health.covenant.assessments.findings.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import health.covenant.WebSliceTest;
import health.covenant.assessments.findings.FindingDetails;
import health.covenant.assessments.findings.FindingPolicy;
import health.covenant.assessments.findings.FindingRuleException;
import health.covenant.assessments.findings.FindingService;
import health.covenant.assessments.findings.FindingSeverity;
import health.covenant.assessments.findings.FindingSource;
import health.covenant.assessments.findings.FindingStatus;
import health.covenant.assessments.findings.FindingView;
import health.covenant.documents.DocumentService;
import health.covenant.identity.Role;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static health.covenant.WebTestSupport.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may open, change, remediate and accept findings, and what the forms refuse (422 with the input kept). */
@WebSliceTest(FindingController.class)
class FindingControllerSliceTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	FindingService findings;

	@MockitoBean
	VendorService vendors;

	@MockitoBean
	DocumentService documents;

	@BeforeEach
	void aVendorAndAFinding() {
		given(this.vendors.getSummary(1L))
			.willReturn(new VendorSummary(1L, "Acme Scribe", LifecycleStatus.ACTIVE, PhiAccess.PHI, null));
		given(this.findings.get(5L)).willReturn(new FindingView(5L, 2L, 1L, FindingSource.audit(9L),
				new FindingDetails(FindingSeverity.HIGH, "No MFA for support staff", "Passwords only", "Jo, CISO", null,
						LocalDate.of(2027, 1, 27)),
				LocalDate.of(2026, 11, 28), FindingStatus.OPEN, FindingStatus.OPEN, false, null, null, null, null, null,
				null, 0, "security", Instant.parse("2026-11-28T10:00:00Z"), "security",
				Instant.parse("2026-11-28T10:00:00Z")));
		given(this.findings.policy()).willReturn(FindingPolicy.defaults());
		given(this.findings.history(5L)).willReturn(List.of());
		given(this.findings.documents(5L)).willReturn(List.of());
		given(this.findings.possibleOwners()).willReturn(List.of());
		given(this.documents.maxSizeLabel()).willReturn("25 MB");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "PROCUREMENT", "LEGAL", "AUDITOR" })
	void onlySecurityOfficersAndAdministratorsOpenEditAndReopen(Role role) throws Exception {
		this.mvc.perform(get("/findings/new").param("vendorId", "1").with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(post("/findings").param("vendorId", "1")
			.param("severity", "LOW")
			.param("title", "x")
			.with(as(role))
			.with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get("/findings/{id}/edit", 5).with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(post("/findings/{id}", 5).param("title", "x").with(as(role)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/findings/{id}/reopen", 5).param("reason", "x").with(as(role)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/findings/{id}/remediate", 5).param("remediatedOn", "2026-11-28")
			.param("evidenceNote", "x")
			.with(as(role))
			.with(csrf())).andExpect(status().isForbidden());
		verify(this.findings, never()).open(anyLong(), any(), any());
		verify(this.findings, never()).update(anyLong(), anyLong(), any());
		verify(this.findings, never()).reopen(anyLong(), anyLong(), any());
		verify(this.findings, never()).remediate(anyLong(), anyLong(), any(), any(), any());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "PROCUREMENT", "LEGAL", "AUDITOR" })
	void onlyTheSecurityOfficerAcceptsARisk(Role role) throws Exception {
		this.mvc.perform(post("/findings/{id}/accept", 5).param("version", "2")
			.param("justification", "Compensating control")
			.param("expiresOn", "2027-05-28")
			.with(as(role))
			.with(csrf())).andExpect(status().isForbidden());
		verify(this.findings, never()).acceptRisk(anyLong(), anyLong(), any(), any());
	}

	@Test
	void theSecurityOfficerAcceptsWithAJustificationAndIsSentBackWithSeeOther() throws Exception {
		this.mvc.perform(post("/findings/{id}/accept", 5).param("version", "2")
			.param("justification", "Compensating control")
			.param("expiresOn", "2027-05-28")
			.with(as(Role.SECURITY_OFFICER))
			.with(csrf())).andExpect(status().isSeeOther()).andExpect(redirectedUrl("/findings/5"));
		verify(this.findings).acceptRisk(5L, 2L, "Compensating control", LocalDate.of(2027, 5, 28));
	}

	@Test
	void anAcceptanceWithoutJustificationOrTooFarAheadIsShownAgainWith422() throws Exception {
		this.mvc.perform(post("/findings/{id}/accept", 5).param("version", "2")
			.param("justification", " ")
			.param("expiresOn", "2027-05-28")
			.with(as(Role.SECURITY_OFFICER))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"justification-error\""),
					containsString("value=\"2027-05-28\""))));
		verify(this.findings, never()).acceptRisk(anyLong(), anyLong(), any(), any());

		willThrow(new FindingRuleException("expiresOn", "findings.rule.expiryTooFar")).given(this.findings)
			.acceptRisk(anyLong(), anyLong(), any(), any());
		this.mvc.perform(post("/findings/{id}/accept", 5).param("version", "2")
			.param("justification", "Compensating control")
			.param("expiresOn", "2030-01-01")
			.with(as(Role.SECURITY_OFFICER))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"expiresOn-error\""),
					containsString("as many months ahead as the policy allows"), containsString("Compensating control"))));
	}

	@Test
	void theInternalOwnerMayRecordTheRemediation() throws Exception {
		given(this.findings.mayRemediate(any())).willReturn(true);
		this.mvc.perform(multipart("/findings/{id}/remediate", 5).param("version", "2")
			.param("remediatedOn", "2026-11-28")
			.param("evidenceNote", "MFA enforced")
			.with(as(Role.PROCUREMENT))
			.with(csrf())).andExpect(status().isSeeOther()).andExpect(redirectedUrl("/findings/5"));
		verify(this.findings).remediate(eq(5L), eq(2L), eq(LocalDate.of(2026, 11, 28)), eq("MFA enforced"), any());
	}

	@Test
	void aRemediationWithoutEvidenceIsRefusedWith422() throws Exception {
		given(this.findings.mayRemediate(any())).willReturn(true);
		this.mvc.perform(multipart("/findings/{id}/remediate", 5).param("version", "2")
			.param("remediatedOn", "2026-11-28")
			.param("evidenceNote", "")
			.with(as(Role.SECURITY_OFFICER))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"evidenceNote-error\"")));
		verify(this.findings, never()).remediate(anyLong(), anyLong(), any(), any(), any());
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyoneReadsAFindingWithItsSource(Role role) throws Exception {
		this.mvc.perform(get("/findings/{id}", 5).with(as(role)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("No MFA for support staff"),
					containsString("href=\"/certifications/audits/9\""))));
	}

	@Test
	void theAuditorSeesNoWritingControls() throws Exception {
		this.mvc.perform(get("/findings/{id}", 5).with(as(Role.AUDITOR)))
			.andExpect(content().string(allOf(not(containsString("id=\"edit-finding\"")),
					not(containsString("id=\"accept-form\"")), not(containsString("id=\"remediate-form\"")))));
	}

	@Test
	void theFormFromAnAssessmentLinkKeepsItsSource() throws Exception {
		this.mvc.perform(get("/findings/new").param("vendorId", "1")
			.param("assessmentId", "4")
			.param("questionCode", "TS-03")
			.with(as(Role.SECURITY_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"assessmentId\" value=\"4\""),
					containsString("name=\"questionCode\" value=\"TS-03\""), containsString("href=\"/assessments/4\""))));
		given(this.findings.open(anyLong(), any(), any())).willReturn(42L);
		this.mvc.perform(post("/findings").param("vendorId", "1")
			.param("assessmentId", "4")
			.param("questionCode", "TS-03")
			.param("severity", "MEDIUM")
			.param("title", "Encryption at rest partly")
			.with(as(Role.SECURITY_OFFICER))
			.with(csrf())).andExpect(status().isSeeOther()).andExpect(redirectedUrl("/findings/42"));
		verify(this.findings).open(eq(1L), eq(FindingSource.assessment(4L, "TS-03")),
				eq(new FindingDetails(FindingSeverity.MEDIUM, "Encryption at rest partly", null, null, null, null)));
	}

	@Test
	void anInvalidNewFindingIsShownAgainWith422AndNothingIsSaved() throws Exception {
		this.mvc.perform(post("/findings").param("vendorId", "1")
			.param("auditId", "9")
			.param("severity", "")
			.param("title", "  ")
			.param("vendorContact", "Kept Contact")
			.with(as(Role.ADMIN))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"title-error\""), containsString("id=\"severity-error\""),
					containsString("value=\"Kept Contact\""), containsString("name=\"auditId\" value=\"9\""))));
		verify(this.findings, never()).open(anyLong(), any(), any());
	}

}
