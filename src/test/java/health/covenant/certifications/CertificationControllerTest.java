package health.covenant.certifications;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.certifications.audits.AuditKind;
import health.covenant.certifications.audits.AuditResult;
import health.covenant.certifications.audits.AuditScheduleService;
import health.covenant.certifications.audits.VendorAuditDetails;
import health.covenant.certifications.audits.VendorAuditService;
import health.covenant.documents.TestFiles;
import health.covenant.identity.Role;
import health.covenant.shared.web.Dates;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static health.covenant.WebTestSupport.as;
import static health.covenant.WebTestSupport.htmx;
import static health.covenant.certifications.CertificationFixtures.soc2;
import static health.covenant.certifications.CertificationFixtures.vendorInService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pages, forms, the role rules and the 422s. Fixtures are created as ADMIN; requests run as the role under test. */
@IntegrationTest
@WithMockUser(username = "admin@covenant.test", roles = "ADMIN")
class CertificationControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CertificationService certifications;

	@Autowired
	CertificationStateService states;

	@Autowired
	VendorService vendors;

	@Autowired
	TestClock clock;

	@Autowired
	Dates dates;

	@Autowired
	VendorAuditService vendorAudits;

	@Autowired
	AuditScheduleService auditSchedules;

	/** A complete "add a SOC 2 Type II" form; overrides are pairs of field name and value. */
	MockMultipartHttpServletRequestBuilder createForm(long vendorId, String... overrides) {
		LocalDate end = this.clock.today().minusMonths(2);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("vendorId", String.valueOf(vendorId));
		fields.put("type", "SOC2_TYPE2");
		fields.put("issuer", "A-LIGN");
		fields.put("reportDate", end.plusDays(30).toString());
		fields.put("periodStart", end.minusMonths(12).plusDays(1).toString());
		fields.put("periodEnd", end.toString());
		fields.put("coversService", "YES");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder request = multipart("/certifications");
		fields.forEach(request::param);
		return request;
	}

	@Test
	void theSecurityOfficerAddsAVerifiedReportWithItsFileAndTheVendorSectionShowsIt() throws Exception {
		long vendor = vendorInService(this.vendors, "Form Scribe", PhiAccess.PHI);
		this.mvc.perform(get("/certifications/new").param("vendorId", String.valueOf(vendor)).with(as(Role.SECURITY_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"verified\""), containsString("id=\"file\""))));
		MvcResult result = this.mvc
			.perform(createForm(vendor, "verified", "true")
				.file(new MockMultipartFile("file", "soc2.pdf", "application/pdf", TestFiles.pdf("soc2")))
				.with(as(Role.SECURITY_OFFICER))
				.with(csrf()))
			.andExpect(status().isSeeOther())
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/certifications/", ""));
		CertificationView view = this.certifications.get(id);
		assertThat(view.verified()).isTrue();
		assertThat(view.verifiedBy()).isEqualTo("security-officer@covenant.test");
		assertThat(this.certifications.documents(id)).singleElement()
			.satisfies((d) -> assertThat(d.fileName()).isEqualTo("soc2.pdf"));

		this.mvc.perform(get("/certifications/{id}", id).with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"rule-applied\""),
					containsString("stale 12 months after the period ends"), not(containsString("id=\"edit-certification\"")))));
		this.mvc.perform(get("/vendors/{id}/certifications", vendor).with(as(Role.AUDITOR)).with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"vendor-assurance\""),
					containsString("SOC 2 Type II"), containsString("data-assured=\"true\""),
					not(containsString("id=\"add-certification\"")))));
	}

	@Test
	void procurementAddsAReportItReceivedWithoutTheVerifiedCheckboxOrAFileAndNeverVerified() throws Exception {
		long vendor = vendorInService(this.vendors, "Received Scribe", PhiAccess.PHI);
		this.mvc.perform(get("/certifications/new").param("vendorId", String.valueOf(vendor)).with(as(Role.PROCUREMENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"issuer\""), not(containsString("id=\"verified\"")),
					not(containsString("id=\"file\"")))));
		MvcResult result = this.mvc
			.perform(createForm(vendor, "verified", "true").with(as(Role.PROCUREMENT)).with(csrf()))
			.andExpect(status().isSeeOther())
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/certifications/", ""));
		assertThat(this.certifications.get(id).verified()).isFalse();
		this.mvc.perform(post("/certifications/{id}/verify", id).with(as(Role.PROCUREMENT)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/certifications/{id}/edit", id).with(as(Role.PROCUREMENT)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/certifications/{id}/verify", id).with(as(Role.SECURITY_OFFICER)).with(csrf()))
			.andExpect(status().isSeeOther());
		assertThat(this.certifications.get(id).verified()).isTrue();
	}

	@Test
	void theAuditorReadsButAddsNothing() throws Exception {
		long vendor = vendorInService(this.vendors, "Read Scribe", PhiAccess.PHI);
		this.mvc.perform(get("/certifications").with(as(Role.AUDITOR))).andExpect(status().isOk());
		this.mvc.perform(get("/certifications/new").param("vendorId", String.valueOf(vendor)).with(as(Role.AUDITOR)))
			.andExpect(status().isForbidden());
		this.mvc.perform(createForm(vendor).with(as(Role.AUDITOR)).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(createForm(vendor).with(as(Role.LEGAL)).with(csrf())).andExpect(status().isForbidden());
		assertThat(this.states.forVendor(vendor)).isEmpty();
	}

	@Test
	void anInvalidFormAnswers422WithTheInputAndTheMessageAtItsField() throws Exception {
		long vendor = vendorInService(this.vendors, "Invalid Scribe", PhiAccess.PHI);
		LocalDate end = this.clock.today().minusMonths(2);
		LocalDate limit = CertificationValidity.bridgeLimit(end);
		this.mvc
			.perform(createForm(vendor, "bridgeLetterUntil", limit.plusDays(1).toString(), "scope", "Scribe platform")
				.with(as(Role.SECURITY_OFFICER))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"bridgeLetterUntil-error\""),
					containsString("at the latest " + this.dates.date(limit)), containsString("Scribe platform"),
					containsString("value=\"" + limit.plusDays(1) + "\""))));
		this.mvc.perform(createForm(vendor, "issuer", "").with(as(Role.SECURITY_OFFICER)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"issuer-error\"")));
		this.mvc
			.perform(createForm(vendor, "type", "OTHER").with(as(Role.SECURITY_OFFICER)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"explicitExpiry-error\"")));
		assertThat(this.states.forVendor(vendor)).isEmpty();
	}

	@Test
	void anEditWithAStaleVersionOrABrokenRuleIsRefusedWith422() throws Exception {
		long vendor = vendorInService(this.vendors, "Edit Scribe", PhiAccess.PHI);
		long id = this.certifications.create(vendor, soc2(this.clock.today().minusMonths(2)), false, null);
		LocalDate end = this.clock.today().minusMonths(2);
		this.mvc.perform(post("/certifications/{id}", id).param("version", "0")
				.param("type", "SOC2_TYPE2").param("issuer", "A-LIGN").param("coversService", "YES")
				.param("reportDate", end.plusDays(30).toString()).param("periodStart", end.minusMonths(2).toString())
				.param("periodEnd", end.toString())
				.with(as(Role.SECURITY_OFFICER)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"periodEnd-error\"")));
		this.mvc.perform(post("/certifications/{id}", id).param("version", "7")
				.param("type", "PEN_TEST").param("issuer", "NCC").param("coversService", "YES")
				.param("reportDate", end.toString())
				.with(as(Role.SECURITY_OFFICER)).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.certifications.get(id).details().type()).isEqualTo(CertificationType.SOC2_TYPE2);
	}

	@Test
	void theListFiltersByStateTypeVendorAndMissingAssurance() throws Exception {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "List Scribe", PhiAccess.PHI);
		long bare = vendorInService(this.vendors, "Bare Scribe", PhiAccess.PHI);
		long stale = this.certifications.create(vendor, soc2(today.minusMonths(13)), false, null);
		long expiring = this.certifications.create(vendor,
				CertificationDetails.of(CertificationType.PEN_TEST, "NCC", today.minusMonths(11)), false, null);
		this.mvc.perform(get("/certifications").param("vendor", String.valueOf(vendor)).param("state", "STALE")
				.with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("certification-row-" + stale),
					not(containsString("certification-row-" + expiring)))));
		this.mvc.perform(get("/certifications").param("vendor", String.valueOf(vendor)).param("within", "60")
				.with(as(Role.AUDITOR)).with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("certification-row-" + expiring),
					not(containsString("certification-row-" + stale)), not(containsString("<html")))));
		this.mvc.perform(get("/certifications").param("type", "SOC2_TYPE1").param("vendor", String.valueOf(vendor))
				.with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"certifications-empty\"")));
		this.mvc.perform(get("/certifications").param("state", "MISSING").param("vendor", String.valueOf(bare))
				.with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("missing-row-" + bare)));
		this.mvc.perform(get("/certifications").param("state", "SOMETIMES").with(as(Role.AUDITOR)))
			.andExpect(status().isBadRequest());
	}

	@Test
	@WithMockUser(username = "admin@covenant.test", roles = "ADMIN")
	void theListShowsEachVendorsLastAuditAndNextAuditDue() throws Exception {
		LocalDate today = this.clock.today();
		long audited = vendorInService(this.vendors, "Audited Scribe", PhiAccess.PHI);
		long unaudited = vendorInService(this.vendors, "Unaudited Scribe", PhiAccess.PHI);
		this.certifications.create(audited, soc2(today.minusMonths(2)), false, null);
		this.certifications.create(unaudited, soc2(today.minusMonths(2)), false, null);
		LocalDate performed = today.minusMonths(3);
		long audit = this.vendorAudits.record(audited, new VendorAuditDetails(AuditKind.REMOTE, performed,
				"Column Assurance", null, AuditResult.PASSED_WITH_FINDINGS, null), null);
		LocalDate nextDue = this.auditSchedules.forVendors(java.util.List.of(audited)).get(audited).nextDue();
		assertThat(nextDue).isAfter(today);

		String page = this.mvc.perform(get("/certifications").param("vendor", String.valueOf(audited)).with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/certifications/audits/" + audit, this.dates.date(performed), "Passed with findings",
				"next audit due " + this.dates.date(nextDue));
		this.mvc.perform(get("/certifications").param("vendor", String.valueOf(unaudited)).with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Never audited")));
	}

}
