package health.covenant.vendors.web;

import java.util.List;

import health.covenant.WebSliceTest;
import health.covenant.identity.Role;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorRuleException;
import health.covenant.vendors.VendorRuleViolation;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static health.covenant.vendors.web.VendorFormRequests.vendorPost;
import static health.covenant.WebTestSupport.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The vendor form's roles and validation, without the database: who may register and edit, what is refused. */
@WebSliceTest(VendorController.class)
class VendorControllerSliceTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	VendorService vendors;

	@MockitoBean
	VendorPageModel page;

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "PROCUREMENT", "ADMIN" })
	void editorsGetTheRegistrationForm(Role role) throws Exception {
		this.mvc.perform(get("/vendors/new").with(as(role)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"name\""), containsString("name=\"legalName\""),
					containsString("name=\"securityContactEmail\""), containsString("type=\"submit\""))));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "SECURITY_OFFICER", "LEGAL", "AUDITOR" })
	void othersMayNotRegister(Role role) throws Exception {
		this.mvc.perform(get("/vendors/new").with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(vendorPost("/vendors", "Forged").with(as(role))).andExpect(status().isForbidden());
		verify(this.vendors, never()).register(any());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "SECURITY_OFFICER", "LEGAL", "AUDITOR" })
	void othersMayNotEditOrChangeStatus(Role role) throws Exception {
		this.mvc.perform(get("/vendors/{id}/edit", 7).with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(vendorPost("/vendors/7", "Hacked").with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(post("/vendors/{id}/status", 7).with(csrf())
			.with(as(role))
			.param("status", "ONBOARDING")
			.param("version", "0")).andExpect(status().isForbidden());
		verify(this.vendors, never()).update(anyLong(), anyLong(), any());
		verify(this.vendors, never()).changeStatus(anyLong(), anyLong(), any());
	}

	@Test
	void nobodySignedInIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/vendors/new")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(vendorPost("/vendors", "Anonymous")).andExpect(status().isFound());
		verify(this.vendors, never()).register(any());
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/vendors").with(as(Role.PROCUREMENT)).param("name", "No Token").param("phiAccess",
				"NONE")).andExpect(status().isForbidden());
		verify(this.vendors, never()).register(any());
	}

	@Test
	void invalidInputIsShownAgainWithMessagesAndNothingIsSaved() throws Exception {
		this.mvc.perform(post("/vendors").with(csrf())
			.with(as(Role.PROCUREMENT))
			.param("name", "  ")
			.param("legalName", "Kept Input LLC")
			.param("website", "not a url")
			.param("primaryContactEmail", "not-an-email")
			.param("phiAccess", "PHI")
			.param("version", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("value=\"Kept Input LLC\""),
					containsString("id=\"name-error\""), containsString("Required."),
					containsString("Enter a web address starting with https://"),
					containsString("Enter a valid e-mail address"),
					containsString("needs a security / incident contact e-mail"),
					containsString("Some fields need your attention"))));
		verify(this.vendors, never()).register(any());
	}

	@Test
	void aRuleTheServiceRefusesIsShownAtItsField() throws Exception {
		given(this.vendors.register(any(VendorDetails.class))).willThrow(new VendorRuleException(
				List.of(new VendorRuleViolation("hostingRegions", "vendor.rule.tooLong", List.of(300)))));
		this.mvc.perform(vendorPost("/vendors", "Refused Regions").with(as(Role.PROCUREMENT)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"hostingRegions-error\""),
					containsString("At most 300 characters."), containsString("value=\"Refused Regions\""))));
	}

	@Test
	void aValidRegistrationAnswersSeeOther() throws Exception {
		given(this.vendors.register(any(VendorDetails.class))).willReturn(42L);
		this.mvc.perform(vendorPost("/vendors", "Ambient Notes").with(as(Role.PROCUREMENT)))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/vendors/42"));
	}

}
