package health.covenant.certifications.audits.web;

import java.time.Instant;
import java.time.LocalDate;

import health.covenant.WebSliceTest;
import health.covenant.certifications.audits.AuditCadence;
import health.covenant.certifications.audits.AuditCadencePolicy;
import health.covenant.certifications.audits.AuditKind;
import health.covenant.certifications.audits.AuditResult;
import health.covenant.certifications.audits.AuditScheduleService;
import health.covenant.certifications.audits.VendorAuditDetails;
import health.covenant.certifications.audits.VendorAuditRuleException;
import health.covenant.certifications.audits.VendorAuditService;
import health.covenant.certifications.audits.VendorAuditView;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

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

/** Who may record and change audits and cadences, and what the forms refuse (422 with the input kept). */
@WebSliceTest(VendorAuditController.class)
class VendorAuditControllerSliceTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	VendorAuditService audits;

	@MockitoBean
	AuditScheduleService schedules;

	@MockitoBean
	VendorService vendors;

	@MockitoBean
	DocumentService documents;

	@BeforeEach
	void aVendorAndAnAudit() {
		given(this.vendors.getSummary(1L))
			.willReturn(new VendorSummary(1L, "Acme Scribe", LifecycleStatus.ACTIVE, PhiAccess.PHI, null));
		given(this.audits.get(5L)).willReturn(new VendorAuditView(5L, 1L, 3L,
				new VendorAuditDetails(AuditKind.ON_SITE, LocalDate.of(2026, 6, 1), "Acme Assurance LLP", null,
						AuditResult.PASSED, null),
				"security", Instant.parse("2026-06-02T10:00:00Z"), "security", Instant.parse("2026-06-02T10:00:00Z")));
		given(this.audits.cadence(1L)).willReturn(new AuditCadence(1L, null, null, 12, 0));
		given(this.schedules.policy()).willReturn(AuditCadencePolicy.defaults());
		given(this.documents.maxSizeLabel()).willReturn("25 MB");
	}

	static MockMultipartHttpServletRequestBuilder recordForm(String performedOn, String auditor) {
		MockMultipartHttpServletRequestBuilder request = multipart("/certifications/audits");
		request.param("vendorId", "1")
			.param("version", "0")
			.param("kind", "REMOTE")
			.param("performedOn", performedOn)
			.param("auditor", auditor)
			.param("scope", "Kept scope text")
			.param("result", "PASSED_WITH_FINDINGS");
		return request;
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "PROCUREMENT", "LEGAL", "AUDITOR" })
	void onlySecurityOfficersAndAdministratorsWrite(Role role) throws Exception {
		this.mvc.perform(get("/certifications/audits/new").param("vendorId", "1").with(as(role)))
			.andExpect(status().isForbidden());
		this.mvc.perform(recordForm("2026-11-01", "Firm").with(as(role)).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get("/certifications/audits/{id}/edit", 5).with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(post("/certifications/audits/{id}", 5).param("auditor", "x").with(as(role)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/certifications/audits/{id}/delete", 5).param("version", "3").with(as(role)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(multipart("/certifications/audits/{id}/documents", 5)
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", new byte[] { 1 }))
			.with(as(role))
			.with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/certifications/audits/{id}/documents/{doc}/delete", 5, 9).with(as(role)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/certifications/audits/cadence/{id}", 1).with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(post("/certifications/audits/cadence/{id}", 1).param("months", "6")
			.param("reason", "x")
			.with(as(role))
			.with(csrf())).andExpect(status().isForbidden());
		verify(this.audits, never()).record(anyLong(), any(), any());
		verify(this.audits, never()).update(anyLong(), anyLong(), any());
		verify(this.audits, never()).delete(anyLong(), anyLong());
		verify(this.audits, never()).upload(anyLong(), any(), any());
		verify(this.audits, never()).deleteDocument(anyLong(), anyLong());
		verify(this.audits, never()).setCadence(anyLong(), anyLong(), any(), any());
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyoneReadsAnAudit(Role role) throws Exception {
		this.mvc.perform(get("/certifications/audits/{id}", 5).with(as(role)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Acme Assurance LLP"), containsString("On-site audit"))));
	}

	@Test
	void theAuditorSeesNoWritingControls() throws Exception {
		this.mvc.perform(get("/certifications/audits/{id}", 5).with(as(Role.AUDITOR)))
			.andExpect(content().string(not(containsString("id=\"edit-audit\""))))
			.andExpect(content().string(not(containsString("id=\"upload-form\""))));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "SECURITY_OFFICER", "ADMIN" })
	void editorsRecordAnAuditAndAreRedirectedWith303(Role role) throws Exception {
		given(this.audits.record(eq(1L), any(), any())).willReturn(42L);
		this.mvc.perform(recordForm("2026-11-01", "Acme Assurance LLP").with(as(role)).with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/certifications/audits/42"));
		verify(this.audits).record(eq(1L), eq(new VendorAuditDetails(AuditKind.REMOTE, LocalDate.of(2026, 11, 1),
				"Acme Assurance LLP", "Kept scope text", AuditResult.PASSED_WITH_FINDINGS, null)), eq(null));
	}

	@Test
	void anIncompleteAuditComesBackWith422AndTheInputKept() throws Exception {
		this.mvc.perform(recordForm("", "  ").with(as(Role.SECURITY_OFFICER)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("Kept scope text"), containsString("id=\"auditor-error\""),
					containsString("id=\"performedOn-error\""))));
		verify(this.audits, never()).record(anyLong(), any(), any());
	}

	@Test
	void aCadenceOverrideWithoutAReasonComesBackWith422() throws Exception {
		willThrow(new VendorAuditRuleException("reason", "vendorAudits.rule.reasonRequired"))
			.given(this.audits)
			.setCadence(1L, 0L, 6, null);
		this.mvc.perform(post("/certifications/audits/cadence/{id}", 1).param("months", "6")
			.param("version", "0")
			.with(as(Role.SECURITY_OFFICER))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"reason-error\""), containsString("value=\"6\""),
					containsString("Say why this vendor has a cadence of its own."))));
	}

	@Test
	void aCadenceOutOfRangeIsRefusedBeforeTheService() throws Exception {
		this.mvc.perform(post("/certifications/audits/cadence/{id}", 1).param("months", "500")
			.param("reason", "Too long")
			.param("version", "0")
			.with(as(Role.ADMIN))
			.with(csrf())).andExpect(status().isUnprocessableContent());
		verify(this.audits, never()).setCadence(anyLong(), anyLong(), any(), any());
	}

	@Test
	void aCadenceWithAReasonIsSavedWith303() throws Exception {
		this.mvc.perform(post("/certifications/audits/cadence/{id}", 1).param("months", "6")
			.param("reason", "Failed pen test")
			.param("version", "0")
			.with(as(Role.SECURITY_OFFICER))
			.with(csrf())).andExpect(status().isSeeOther()).andExpect(redirectedUrl("/vendors/1"));
		verify(this.audits).setCadence(1L, 0L, 6, "Failed pen test");
	}

	@Test
	void nobodySignedInIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/certifications/audits/{id}", 5))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

}
