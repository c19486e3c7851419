package health.covenant.incidents.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.covenant.WebSliceTest;
import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.agreements.BreachNoticeWindow;
import health.covenant.identity.Role;
import health.covenant.incidents.IncidentDetails;
import health.covenant.incidents.IncidentKind;
import health.covenant.incidents.IncidentQueries;
import health.covenant.incidents.IncidentQuery;
import health.covenant.incidents.IncidentRow;
import health.covenant.incidents.IncidentRules;
import health.covenant.incidents.IncidentService;
import health.covenant.incidents.IncidentStatus;
import health.covenant.incidents.IncidentView;
import health.covenant.incidents.NoticeAudience;
import health.covenant.incidents.RiskAssessment;
import health.covenant.incidents.RiskConclusion;
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
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static health.covenant.WebTestSupport.as;
import static health.covenant.WebTestSupport.htmx;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may record and change incidents (security officers, legal, administrators; procurement and auditors
 * read), and what the forms refuse: 422 with the user's input kept and the message at its field.
 */
@WebSliceTest(IncidentController.class)
class IncidentControllerSliceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationClock clock;

	@MockitoBean
	IncidentService incidents;

	@MockitoBean
	IncidentQueries queries;

	@MockitoBean
	VendorService vendors;

	LocalDate today;

	@BeforeEach
	void aVendorAndAnIncident() {
		this.today = this.clock.today();
		given(this.vendors.getSummary(1L))
			.willReturn(new VendorSummary(1L, "Acme Scribe", LifecycleStatus.ACTIVE, PhiAccess.PHI, null));
		// the form checks what the service would: the real rules
		given(this.incidents.check(any(IncidentDetails.class)))
			.willAnswer((call) -> IncidentRules.check(call.getArgument(0), this.today));
		given(this.incidents.check(any(RiskAssessment.class)))
			.willAnswer((call) -> IncidentRules.check((RiskAssessment) call.getArgument(0)));
		IncidentDetails details = new IncidentDetails(IncidentKind.BREACH_OF_UNSECURED_PHI, IncidentStatus.OPEN, null,
				this.today.minusDays(10), this.today.minusDays(2), null, true, 700, false, "Misdirected export",
				null, List.of());
		given(this.queries.get(5L)).willReturn(new IncidentView(5L, 0L, 1L, "Acme Scribe", details,
				new RiskAssessment(null, null, null, null, RiskConclusion.BREACH_PRESUMED), null, null, null,
				new BreachNoticeWindow(60, BreachNoticeUnit.CALENDAR_DAYS), null, List.of(), this.today,
				Instant.EPOCH, "security", Instant.EPOCH, "security"));
	}

	MockHttpServletRequestBuilder recordForm(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("vendorId", "1");
		fields.put("kind", "BREACH_OF_UNSECURED_PHI");
		fields.put("status", "OPEN");
		fields.put("vendorDiscoveredOn", this.today.minusDays(10).toString());
		fields.put("reportedOn", this.today.minusDays(2).toString());
		fields.put("phiInvolved", "true");
		fields.put("individualsAffected", "700");
		fields.put("description", "Kept description");
		fields.put("states[0].stateCode", "CO");
		fields.put("states[0].residents", "400");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/incidents").with(csrf());
		fields.forEach(request::param);
		return request;
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "SECURITY_OFFICER", "LEGAL", "ADMIN" })
	void securityLegalAndAdminRecordIncidents(Role role) throws Exception {
		given(this.incidents.record(eq(1L), any(IncidentDetails.class))).willReturn(5L);
		this.mvc.perform(get("/incidents/new").param("vendorId", "1").with(as(role)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"vendorDiscoveredOn\""),
					containsString("name=\"states[0].stateCode\""))));
		this.mvc.perform(recordForm().with(as(role)))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/incidents/5"));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "PROCUREMENT", "AUDITOR" })
	void procurementAndAuditorsOnlyRead(Role role) throws Exception {
		this.mvc.perform(get("/incidents/5").with(as(role)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Misdirected export")));
		this.mvc.perform(get("/incidents/new").param("vendorId", "1").with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(recordForm().with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(get("/incidents/5/edit").with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(post("/incidents/5").with(csrf()).with(as(role)).param("description", "x"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/incidents/5/assessment").with(csrf()).with(as(role)).param("conclusion", "LOW_PROBABILITY"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/incidents/5/notices").with(csrf())
			.with(as(role))
			.param("audience", "INDIVIDUALS")
			.param("notifiedOn", this.today.toString())).andExpect(status().isForbidden());
		verify(this.incidents, never()).record(anyLong(), any());
		verify(this.incidents, never()).assess(anyLong(), anyLong(), any());
		verify(this.incidents, never()).recordNotice(anyLong(), any(), any(), any());
	}

	@Test
	void theListReadsTypedFiltersAndAnswersItsFragmentToHtmx() throws Exception {
		given(this.queries.page(any(IncidentQuery.class), any(Pageable.class))).willAnswer((call) -> new PageImpl<>(
				List.of(new IncidentRow(5L, 1L, "Acme Scribe", IncidentKind.BREACH_OF_UNSECURED_PHI, IncidentStatus.OPEN,
						this.today.minusDays(2), true, 700, true, true, 3, this.today.plusDays(10))),
				call.getArgument(1, Pageable.class), 1));
		this.mvc.perform(get("/incidents").with(as(Role.AUDITOR))
			.param("open", "true")
			.param("kind", "BREACH_OF_UNSECURED_PHI")
			.param("within", "14")
			.param("slaMissed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"), containsString("id=\"incident-row-5\""),
					containsString("Missed by 3 days"), containsString("about 700"), containsString("in 10 days"))));
		verify(this.queries).page(eq(new IncidentQuery(true, null, IncidentKind.BREACH_OF_UNSECURED_PHI, 14, true)),
				any(Pageable.class));
		this.mvc.perform(get("/incidents").with(as(Role.PROCUREMENT)).with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"incident-results\""),
					org.hamcrest.Matchers.not(containsString("<html")))));
		this.mvc.perform(get("/incidents").with(as(Role.PROCUREMENT)).param("kind", "FLOOD"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/incidents").with(as(Role.PROCUREMENT)).param("within", "soon"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anonymousUsersAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/incidents")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void datesOutOfOrderAreRefusedWithTheInputKept() throws Exception {
		this.mvc.perform(recordForm("reportedOn", this.today.minusDays(20).toString()).with(as(Role.SECURITY_OFFICER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"reportedOn-error\""),
					containsString("cannot have been reported before the vendor discovered it"),
					containsString("Kept description"), containsString("value=\"400\""))));
		verify(this.incidents, never()).record(anyLong(), any());
	}

	@Test
	void futureDatesNegativeCountsAndUnknownStatesAreRefused() throws Exception {
		this.mvc.perform(recordForm("occurredOn", this.today.plusDays(1).toString(), "individualsAffected", "-1",
				"states[1].stateCode", "ZZ", "states[1].residents", "3").with(as(Role.LEGAL)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"occurredOn-error\""),
					containsString("This date is in the future."), containsString("Enter 0 or more."),
					containsString("Choose a state."))));
		verify(this.incidents, never()).record(anyLong(), any());
	}

	@Test
	void aNumberThatIsNotOneIsRefusedNotAnError() throws Exception {
		this.mvc.perform(recordForm("individualsAffected", "seven hundred").with(as(Role.LEGAL)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"individualsAffected-error\""),
					containsString("Enter a whole number."), containsString("Kept description"))));
	}

	@Test
	void aLowProbabilityNeedsAllFourFactors() throws Exception {
		this.mvc.perform(post("/incidents/5/assessment").with(csrf())
			.with(as(Role.LEGAL))
			.param("version", "0")
			.param("nature", "Names only, no clinical data")
			.param("conclusion", "LOW_PROBABILITY"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"recipient-error\""),
					containsString("needs this factor documented"), containsString("Names only, no clinical data"))));
		verify(this.incidents, never()).assess(anyLong(), anyLong(), any());
	}

	@Test
	void aNoticeWithoutADateIsRefusedAtItsRow() throws Exception {
		this.mvc.perform(post("/incidents/5/notices").with(csrf()).with(as(Role.LEGAL)).param("audience", "HHS"))
			.andExpect(status().isUnprocessableContent());
		verify(this.incidents, never()).recordNotice(anyLong(), any(), any(), any());
	}

	@Test
	void aRecordedNoticeAnswersSeeOther() throws Exception {
		this.mvc.perform(post("/incidents/5/notices").with(csrf())
			.with(as(Role.SECURITY_OFFICER))
			.param("audience", "STATE")
			.param("state", "CO")
			.param("notifiedOn", this.today.toString()))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/incidents/5#notices"));
		verify(this.incidents).recordNotice(5L, NoticeAudience.STATE, "CO", this.today);
	}

	@Test
	void aNoticeRecordedByMistakeIsTakenBackWithoutADate() throws Exception {
		this.mvc.perform(post("/incidents/5/notices").with(csrf())
			.with(as(Role.LEGAL))
			.param("audience", "STATE")
			.param("state", "CO")
			.param("clear", "true"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/incidents/5#notices"));
		verify(this.incidents).recordNotice(5L, NoticeAudience.STATE, "CO", null);
	}

	@Test
	void anUnknownAudienceIsABadRequest() throws Exception {
		this.mvc.perform(post("/incidents/5/notices").with(csrf())
			.with(as(Role.SECURITY_OFFICER))
			.param("audience", "PRESS")
			.param("notifiedOn", this.today.toString())).andExpect(status().isBadRequest());
	}

}
