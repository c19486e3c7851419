package health.covenant.assessments.findings.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import health.covenant.WebSliceTest;
import health.covenant.assessments.findings.FindingQuery;
import health.covenant.assessments.findings.FindingRow;
import health.covenant.assessments.findings.FindingService;
import health.covenant.assessments.findings.FindingSeverity;
import health.covenant.assessments.findings.FindingSourceKind;
import health.covenant.assessments.findings.FindingStatus;
import health.covenant.assessments.findings.VendorFindings;
import health.covenant.identity.Role;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

/**
 * The findings list reads its filters and order typed (a bad value is a 400), sorts from its column headers,
 * and the vendor section counts by severity.
 */
@WebSliceTest(FindingListController.class)
class FindingListControllerSliceTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	FindingService findings;

	@MockitoBean
	VendorService vendors;

	@BeforeEach
	void aVendorWithFindings() {
		given(this.vendors.findSummary(1L))
			.willReturn(java.util.Optional.of(new VendorSummary(1L, "Acme Scribe", LifecycleStatus.ACTIVE, PhiAccess.PHI, null)));
		given(this.vendors.getSummary(1L))
			.willReturn(new VendorSummary(1L, "Acme Scribe", LifecycleStatus.ACTIVE, PhiAccess.PHI, null));
		given(this.findings.possibleOwners()).willReturn(List.of());
		given(this.findings.page(any(), any())).willReturn(new PageImpl<>(List.of(new FindingRow(5L, 1L, "Acme Scribe",
				FindingSeverity.CRITICAL, "No MFA", FindingSourceKind.MANUAL, FindingStatus.OPEN, true,
				LocalDate.of(2026, 11, 1), null, null, null)), PageRequest.of(0, 25), 1));
		given(this.findings.forVendor(1L)).willReturn(new VendorFindings(1L,
				Map.of(FindingSeverity.CRITICAL, 1L, FindingSeverity.LOW, 2L), 1, LocalDate.of(2026, 11, 1), 1, 0));
	}

	@Test
	void theFiltersAreReadTypedAndPassedOn() throws Exception {
		this.mvc.perform(get("/findings").param("severity", "CRITICAL")
			.param("status", "OPEN")
			.param("overdue", "true")
			.param("vendor", "1")
			.param("sort", "severity")
			.with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"finding-row-5\""), containsString("Overdue"),
					containsString("value=\"Acme Scribe\""))));
		verify(this.findings).page(eq(new FindingQuery(FindingSeverity.CRITICAL, FindingStatus.OPEN, true, 1L, null,
				FindingQuery.Sort.SEVERITY)), any());
	}

	@ParameterizedTest
	@ValueSource(strings = { "severity=DIRE", "sort=owner", "sort=-", "sort=-SEVERITY" })
	void aBadFilterOrOrderValueIsABadRequest(String query) throws Exception {
		String[] parameter = query.split("=", 2);
		this.mvc.perform(get("/findings").param(parameter[0], parameter[1]).with(as(Role.AUDITOR)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void everyOrderIsChosenFromItsColumnHeaderBothWaysAndSurvivesPagingAndFiltering() throws Exception {
		given(this.findings.page(any(), any())).willReturn(new PageImpl<>(List.of(new FindingRow(5L, 1L, "Acme Scribe",
				FindingSeverity.LOW, "No MFA", FindingSourceKind.MANUAL, FindingStatus.OPEN, false,
				LocalDate.of(2026, 12, 1), null, null, null)), PageRequest.of(0, 25), 60));
		this.mvc.perform(get("/findings").param("status", "OPEN").param("sort", "-vendor").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("aria-sort=\"descending\""),
					containsString("href=\"/findings?status=OPEN&amp;sort=vendor\""),
					containsString("href=\"/findings?status=OPEN&amp;sort=severity\""),
					containsString("href=\"/findings?status=OPEN&amp;sort=due\""),
					containsString("href=\"/findings?status=OPEN&amp;sort=-vendor&amp;page=2\""),
					containsString("name=\"sort\" value=\"-vendor\""))));
		verify(this.findings).page(eq(new FindingQuery(null, FindingStatus.OPEN, false, null, null,
				FindingQuery.Sort.VENDOR_DESC)), any());

		// most severe first is the severity column descending; an htmx answer carries the order to the form
		this.mvc.perform(get("/findings").param("sort", "severity").header("HX-Request", "true").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("aria-sort=\"descending\""),
					containsString("href=\"/findings?sort=-severity\""),
					containsString("id=\"sort\" name=\"sort\" value=\"severity\" hx-swap-oob=\"true\""),
					// the results' content only: swapped into the page's results, it must not nest another
					not(containsString("id=\"finding-results\"")))));
		this.mvc.perform(get("/findings").param("sort", "-due").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("aria-sort=\"descending\""),
					containsString("href=\"/findings?sort=due\""))));
		verify(this.findings).page(eq(new FindingQuery(null, null, false, null, null, FindingQuery.Sort.DUE_DESC)),
				any());
	}

	@Test
	void theVendorSectionCountsOpenFindingsBySeverityAndLinksToTheList() throws Exception {
		this.mvc.perform(get("/vendors/{id}/findings", 1).header("HX-Request", "true").with(as(Role.PROCUREMENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1 Critical"), containsString("2 Low"),
					containsString("1 overdue"), containsString("href=\"/findings?vendor=1&amp;overdue=true\""))));
	}

}
