package health.covenant.agreements.web;

import java.util.List;

import health.covenant.WebSliceTest;
import health.covenant.agreements.AgreementRuleException;
import health.covenant.agreements.AgreementSearch;
import health.covenant.agreements.AgreementQueries;
import health.covenant.agreements.AgreementService;
import health.covenant.agreements.ComplianceGapService;
import health.covenant.agreements.RuleViolation;
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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
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

/** Who may write agreements and what the agreement form refuses, without the database. */
@WebSliceTest(AgreementController.class)
class AgreementControllerSliceTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AgreementService agreements;

	@MockitoBean
	AgreementQueries queries;

	@MockitoBean
	AgreementSearch search;

	@MockitoBean
	ComplianceGapService gaps;

	@MockitoBean
	VendorService vendors;

	@MockitoBean
	DocumentService documents;

	@BeforeEach
	void aVendor() {
		given(this.vendors.getSummary(1L))
			.willReturn(new VendorSummary(1L, "Acme Scribe", LifecycleStatus.ACTIVE, PhiAccess.PHI, null));
	}

	/** The complete "add an executed BAA" form for vendor 1; overrides are pairs of field name and value. */
	static MockMultipartHttpServletRequestBuilder createForm(String... overrides) {
		return AgreementFormRequests.createForm(1, overrides);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "PROCUREMENT", "SECURITY_OFFICER", "AUDITOR" })
	void onlyLegalAndAdminWrite(Role role) throws Exception {
		this.mvc.perform(get("/agreements/new").param("vendorId", "1").with(as(role)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/agreements/{id}/edit", 5).with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(createForm().with(as(role)).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/agreements/{id}", 5).param("status", "EXECUTED").with(as(role)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/agreements/{id}/clauses/BAA-01", 5).param("status", "PRESENT").with(as(role)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(multipart("/agreements/{id}/documents", 5)
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", new byte[] { 1 }))
			.with(as(role))
			.with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/agreements/{id}/new-version", 5).with(as(role)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/agreements/{id}/phi-returned", 5).param("phiReturnedOn", "2026-11-20")
				.with(as(role))
				.with(csrf()))
			.andExpect(status().isForbidden());
		verify(this.agreements, never()).create(anyLong(), any(), any());
		verify(this.agreements, never()).update(anyLong(), anyLong(), any());
		verify(this.agreements, never()).updateClause(anyLong(), anyString(), any(), any(), any());
		verify(this.agreements, never()).upload(anyLong(), any(), any(), any());
		verify(this.agreements, never()).newVersion(anyLong());
		verify(this.agreements, never()).recordPhiReturned(anyLong(), any());
	}

	@Test
	void nobodySignedInIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/agreements")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "LEGAL", "ADMIN" })
	void editorsGetTheForm(Role role) throws Exception {
		this.mvc.perform(get("/agreements/new").param("vendorId", "1").param("kind", "BAA").with(as(role)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"agreement-form\""), containsString("Acme Scribe"))));
	}

	@Test
	void aNumberThatIsNoNumberIsShownAtItsFieldAndNothingIsSaved() throws Exception {
		this.mvc.perform(createForm("noticePeriodDays", "abc").with(as(Role.LEGAL)).with(csrf()))
			.andExpect(content().string(allOf(containsString("id=\"noticePeriodDays-error\""),
					containsString("Enter a whole number"), containsString("Jane Doe, CEO"))));
		verify(this.agreements, never()).create(anyLong(), any(), any());
	}

	@Test
	void aRuleTheServiceRefusesIsShownAtItsFieldWithTheInputKept() throws Exception {
		given(this.agreements.create(anyLong(), any(), any())).willThrow(new AgreementRuleException(List
			.of(new RuleViolation("breachNoticeValue", "agreement.rule.breachWindowTooLong", List.of(61, 60)))));
		this.mvc.perform(createForm("breachNoticeValue", "61", "breachNoticeUnit", "CALENDAR_DAYS")
			.with(as(Role.LEGAL))
			.with(csrf()))
			.andExpect(content().string(allOf(containsString("id=\"breachNoticeValue-error\""),
					containsString("This window can last up to 61 calendar days"), containsString("value=\"61\""),
					containsString("Jane Doe, CEO"))));
	}

}
