package health.covenant.shared.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.agreements.AgreementDetails;
import health.covenant.agreements.AgreementKind;
import health.covenant.agreements.AgreementService;
import health.covenant.agreements.AgreementStatus;
import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static health.covenant.WebTestSupport.as;
import static health.covenant.WebTestSupport.htmx;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The answers to a form post, one controller family at a time: a successful POST answers
 * {@code 303 See Other} with the page to show next; an invalid form is re-rendered with the user's
 * input and a message at the field, answering {@code 422} (an htmx form too, which htmx swaps in as it
 * would a 200). {@code RouteRoleMatrixTest} checks that no POST route of the application answers 302.
 */
@IntegrationTest
class WebConventionsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	VendorService vendors;

	@Autowired
	AgreementService agreements;

	@Autowired
	UserService users;

	@Autowired
	TestClock clock;

	long vendorId;

	long agreementId;

	UserSummary managed;

	@BeforeEach
	void data() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		LocalDate today = this.clock.today();
		SystemActor.runAs(() -> {
			this.vendorId = this.vendors.register(VendorDetails.named("Conventions " + tag, PhiAccess.PHI));
			this.agreementId = this.agreements.create(this.vendorId,
					new AgreementDetails(AgreementKind.BAA, AgreementStatus.DRAFT, today, today.plusYears(1), false,
							null, 30, 10, BreachNoticeUnit.BUSINESS_DAYS, null, null, null, null));
			this.managed = this.users.createUser("conventions-" + tag + "@covenant.test", "Conventions " + tag,
					"not-used-password-1", Set.of(Role.AUDITOR), TestClock.ZONE);
		});
	}

	@Test
	void identity() throws Exception {
		this.mvc.perform(post("/admin/users/{id}/unlock", this.managed.id()).with(as(Role.ADMIN)).with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(post("/admin/users").with(as(Role.ADMIN)).with(csrf())
			.param("email", "not-an-email")
			.param("displayName", "Typed name")
			.param("password", "short"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("value=\"Typed name\"")))
			.andExpect(content().string(containsString("Enter a valid e-mail address")));
		this.mvc.perform(post("/account/password").with(user(this.managed.email()).roles("AUDITOR")).with(csrf())
			.param("currentPassword", "not-used-password-1")
			.param("newPassword", "a new and long password")
			.param("confirmation", "a different long password"))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void vendors() throws Exception {
		long version = this.vendors.getView(this.vendorId).version();
		this.mvc.perform(post("/vendors/{id}/status", this.vendorId).with(as(Role.PROCUREMENT)).with(csrf())
			.param("status", "ONBOARDING")
			.param("version", String.valueOf(version)))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/vendors/" + this.vendorId));
		this.mvc.perform(post("/vendors").with(as(Role.PROCUREMENT)).with(csrf())
			.param("name", "")
			.param("website", "typed-site.example"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("typed-site.example")));
		this.mvc.perform(post("/vendors/{id}/subprocessors", this.vendorId).with(as(Role.PROCUREMENT)).with(csrf())
			.with(htmx())
			.param("subprocessorName", "")
			.param("subprocessorRegion", "Typed region"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"section-subprocessors\"")))
			.andExpect(content().string(containsString("value=\"Typed region\"")));
	}

	@Test
	void agreements() throws Exception {
		this.mvc.perform(post("/agreements/{id}/new-version", this.agreementId).with(as(Role.LEGAL)).with(csrf()))
			.andExpect(status().isSeeOther());
		this.mvc.perform(post("/agreements/{id}", this.agreementId).with(as(Role.LEGAL)).with(csrf())
			.param("kind", "BAA")
			.param("status", "DRAFT")
			.param("effectiveDate", "not a date")
			.param("counterpartySignatory", "Typed Signatory")
			.param("version", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Typed Signatory")));
	}

	@Test
	void notifications() throws Exception {
		this.mvc.perform(post("/account/notifications/feed").with(user(this.managed.email()).roles("AUDITOR"))
			.with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/account/notifications"));
		this.mvc.perform(post("/admin/settings/delivery").with(as(Role.ADMIN)).with(csrf())
			.param("timeZone", "Mars/Olympus_Mons")
			.param("sendHour", "7")
			.param("version", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Mars/Olympus_Mons")));
	}

	@Test
	void htmxAttributesComeFromTheDialect() throws Exception {
		this.mvc.perform(get("/vendors/{id}", this.vendorId).with(as(Role.PROCUREMENT)))
			.andExpect(status().isOk())
			// the CSRF header of every htmx request, from the layout
			.andExpect(content().string(matchesPattern(
					"(?s).*<body hx-headers=\"\\{&quot;X-CSRF-TOKEN&quot;:&quot;[^&]+&quot;}\">.*")))
			.andExpect(content().string(containsString("hx-post=\"/vendors/" + this.vendorId + "/subprocessors\"")))
			.andExpect(content().string(containsString("hx-get=\"/vendors/" + this.vendorId + "/agreements\"")))
			.andExpect(content().string(not(containsString("hx:"))));
	}

	@Test
	void aWrongSecondFactorCodeIsAnInvalidForm() throws Exception {
		this.mvc.perform(post("/account/security/authenticator").with(user(this.managed.email()).roles("AUDITOR"))
			.with(csrf())
			.param("code", "000000")).andExpect(status().isUnprocessableContent());
	}

}
