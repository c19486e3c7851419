package health.covenant.certifications.audits.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import health.covenant.WebSliceTest;
import health.covenant.certifications.audits.AuditCadence;
import health.covenant.certifications.audits.AuditCadencePolicy;
import health.covenant.certifications.audits.AuditListQuery;
import health.covenant.certifications.audits.AuditResult;
import health.covenant.certifications.audits.AuditScheduleService;
import health.covenant.certifications.audits.AuditStanding;
import health.covenant.certifications.audits.CadenceSource;
import health.covenant.certifications.audits.DueBasis;
import health.covenant.certifications.audits.VendorAuditService;
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
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static health.covenant.WebTestSupport.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The vendor audits list and the vendor page section: read by every role, filters typed, writing controls by role. */
@WebSliceTest(VendorAuditListController.class)
class VendorAuditListControllerSliceTest {

	private static final LocalDate DUE = LocalDate.of(2027, 1, 15);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AuditScheduleService schedules;

	@MockitoBean
	VendorAuditService audits;

	@MockitoBean
	VendorService vendors;

	@BeforeEach
	void aVendorDueInJanuary() {
		VendorSummary vendor = new VendorSummary(1L, "Acme Scribe", LifecycleStatus.ACTIVE, PhiAccess.PHI, null);
		AuditStanding standing = new AuditStanding(1L, "Acme Scribe", PhiAccess.PHI, 5L, DUE.minusMonths(12),
				AuditResult.PASSED_WITH_FINDINGS, 12, CadenceSource.PHI_ACCESS, DUE, DueBasis.LAST_AUDIT, 48L);
		given(this.vendors.getSummary(1L)).willReturn(vendor);
		given(this.vendors.findSummary(1L)).willReturn(Optional.of(vendor));
		given(this.schedules.policy()).willReturn(AuditCadencePolicy.defaults());
		given(this.schedules.forVendor(1L)).willReturn(Optional.of(standing));
		given(this.schedules.page(any(), any())).willReturn(new PageImpl<>(List.of(standing), PageRequest.of(0, 25), 1));
		given(this.audits.cadence(1L)).willReturn(new AuditCadence(1L, null, null, 12, 0));
		given(this.audits.forVendor(1L)).willReturn(List.of());
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleReadsTheList(Role role) throws Exception {
		this.mvc.perform(get("/certifications/audits").with(as(role)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"audit-row-1\""), containsString("Acme Scribe"),
					containsString("datetime=\"2027-01-15\""), containsString("Passed with findings"),
					containsString("12 months for vendors with PHI"))));
	}

	@Test
	void theFiltersAreReadTyped() throws Exception {
		this.mvc.perform(get("/certifications/audits").param("due", "WITHIN")
			.param("within", "30")
			.param("result", "FAILED")
			.param("vendor", "1")
			.with(as(Role.AUDITOR))).andExpect(status().isOk());
		verify(this.schedules).page(eq(new AuditListQuery(AuditListQuery.DueFilter.WITHIN, 30, AuditResult.FAILED, 1L)),
				any());
	}

	@Test
	void anUnknownFilterValueIsABadRequest() throws Exception {
		this.mvc.perform(get("/certifications/audits").param("due", "SOON").with(as(Role.AUDITOR)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/certifications/audits").param("within", "many").with(as(Role.AUDITOR)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theSectionShowsTheNextDueWithItsCadenceAndOffersWritingToSecurityOfficersOnly() throws Exception {
		this.mvc.perform(get("/vendors/{id}/audits", 1).header("HX-Request", "true").with(as(Role.SECURITY_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"next-due\""), containsString("datetime=\"2027-01-15\""),
					containsString("default for vendors with PHI"), containsString("id=\"record-audit\""),
					containsString("id=\"change-cadence\""))));
		this.mvc.perform(get("/vendors/{id}/audits", 1).header("HX-Request", "true").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"next-due\""), not(containsString("id=\"record-audit\"")),
					not(containsString("id=\"change-cadence\"")))));
	}

}
