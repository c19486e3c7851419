package health.covenant.incidents.web;

import java.time.LocalDate;
import java.util.List;

import health.covenant.WebSliceTest;
import health.covenant.agreements.BreachNoticeCommitment;
import health.covenant.agreements.BreachNoticeCommitments;
import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.agreements.BreachNoticeWindow;
import health.covenant.documents.DocumentService;
import health.covenant.identity.Role;
import health.covenant.incidents.IncidentRuleException;
import health.covenant.incidents.IncidentViolation;
import health.covenant.incidents.IrCommitmentDetails;
import health.covenant.incidents.IrCommitmentRules;
import health.covenant.incidents.IrCommitmentService;
import health.covenant.incidents.IrCommitmentView;
import health.covenant.shared.OrganisationClock;
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
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static health.covenant.WebTestSupport.as;
import static health.covenant.WebTestSupport.htmx;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may change a vendor's incident-response commitments (security officers, legal, administrators;
 * procurement and auditors read them), and what the form refuses: 422 with the user's input kept and the
 * message at its field.
 */
@WebSliceTest(IrCommitmentController.class)
class IrCommitmentControllerSliceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationClock clock;

	@MockitoBean
	IrCommitmentService commitments;

	@MockitoBean
	BreachNoticeCommitments breachNotice;

	@MockitoBean
	VendorService vendors;

	@MockitoBean
	DocumentService documents;

	LocalDate today;

	@BeforeEach
	void aPhiVendorWithItsBaa() {
		this.today = this.clock.today();
		given(this.vendors.getSummary(1L))
			.willReturn(new VendorSummary(1L, "Acme Scribe", LifecycleStatus.ACTIVE, PhiAccess.PHI, null));
		given(this.breachNotice.forVendor(1L)).willReturn(java.util.Optional.of(new BreachNoticeCommitment(7L,
				this.today.minusYears(1), new BreachNoticeWindow(10, BreachNoticeUnit.BUSINESS_DAYS))));
		given(this.commitments.get(1L)).willReturn(new IrCommitmentView(1L, null, true, true,
				this.today.minusDays(100), IrCommitmentDetails.empty(), 0L,
				List.of(new IrCommitmentRules.Due(health.covenant.obligations.ObligationKind.BA_VERIFICATION_DUE,
						null, this.today.minusDays(70)))));
		given(this.commitments.verificationEnabled()).willReturn(true);
		given(this.documents.maxSizeLabel()).willReturn("25 MB");
		// the service applies the real rules (no analysis attached yet)
		willAnswer((call) -> {
			List<IncidentViolation> violations = IrCommitmentRules.check(call.getArgument(2), this.today,
					call.getArgument(3) != null);
			if (!violations.isEmpty()) {
				throw new IncidentRuleException(violations);
			}
			return null;
		}).given(this.commitments).save(anyLong(), anyLong(), any(IrCommitmentDetails.class), any());
	}

	MockMultipartHttpServletRequestBuilder saveForm(String... fields) {
		MockMultipartHttpServletRequestBuilder request = multipart("/vendors/1/ir-commitment");
		request.with(csrf()).param("version", "0");
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "SECURITY_OFFICER", "LEGAL", "ADMIN" })
	void securityLegalAndAdminEditTheCommitments(Role role) throws Exception {
		this.mvc.perform(get("/vendors/1/ir-commitment").with(as(role)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"ir-commitment-form\""),
					containsString("name=\"contactEmail\""), containsString("10 business days"),
					containsString("/agreements/7"))));
		this.mvc.perform(saveForm("contactName", "Ann Lee", "contactEmail", "ir@acme.example").with(as(role)))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/vendors/1/ir-commitment"));
		verify(this.commitments).save(eq(1L), eq(0L), any(IrCommitmentDetails.class), eq(null));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "PROCUREMENT", "AUDITOR" })
	void procurementAndAuditorsOnlyRead(Role role) throws Exception {
		this.mvc.perform(get("/vendors/1/ir-commitment").with(as(role)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("10 business days"),
					not(containsString("id=\"ir-commitment-form\"")))));
		this.mvc.perform(saveForm("contactName", "Ann Lee").with(as(role))).andExpect(status().isForbidden());
		verify(this.commitments, never()).save(anyLong(), anyLong(), any(), any());
	}

	@Test
	void anInvalidFormComesBackWithTheInputAndTheMessageAtItsField() throws Exception {
		this.mvc
			.perform(saveForm("contactName", "Ann Lee", "contactEmail", "not-an-address", "cyberInsured", "true",
					"incidentWindowValue", "72").with(as(Role.LEGAL)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("value=\"Ann Lee\""),
					containsString("value=\"not-an-address\""), containsString("id=\"contactEmail-error\""),
					containsString("Enter an e-mail address"), containsString("id=\"cyberCoverage-error\""),
					containsString("id=\"incidentWindowUnit-error\""))));
	}

	@Test
	void aVerificationWithoutTheExpertsAnalysisIsRefusedAtTheFileField() throws Exception {
		this.mvc
			.perform(saveForm("verificationReceivedOn", this.today.minusDays(3).toString(), "verificationOfficer",
					"Dana Cho").with(as(Role.SECURITY_OFFICER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"analysis-error\""),
					containsString("Attach the expert"), containsString("value=\"Dana Cho\""))));
	}

	@Test
	void aDayThatIsNotADateIsRefusedNotAnError() throws Exception {
		this.mvc.perform(saveForm("tabletopOn", "yesterday").with(as(Role.ADMIN)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"tabletopOn-error\"")));
		verify(this.commitments, never()).save(anyLong(), anyLong(), any(), any());
	}

	@Test
	void theVendorPageSectionShowsTheSourceAndTheOverdueVerification() throws Exception {
		this.mvc.perform(get("/vendors/1/ir-commitment/section").with(as(Role.PROCUREMENT)).with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("from BAA #7"), containsString("ir-due-BA_VERIFICATION_DUE"),
					containsString("overdue"), containsString("Nobody has recorded"))));
	}

	/** The section is the fragment alone, not the page's {@code <section>} elements (the form among them). */
	@Test
	void anEditorSeesTheSectionWithItsEditLinkAndWithoutThePagesForm() throws Exception {
		this.mvc.perform(get("/vendors/1/ir-commitment/section").with(as(Role.SECURITY_OFFICER)).with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"vendor-ir-commitment\""),
					containsString("id=\"ir-commitment-link\""), not(containsString("id=\"ir-commitment-form\"")))));
	}

}
