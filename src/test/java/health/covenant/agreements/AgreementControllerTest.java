package health.covenant.agreements;

import java.time.LocalDate;
import java.util.List;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.documents.DocumentService;
import health.covenant.documents.TestFiles;
import health.covenant.identity.Role;
import health.covenant.shared.web.Flash;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static health.covenant.WebTestSupport.as;
import static health.covenant.WebTestSupport.htmx;
import static health.covenant.agreements.web.AgreementFormRequests.createForm;
import static health.covenant.agreements.AgreementFixtures.executedBaa;
import static health.covenant.agreements.AgreementFixtures.vendorInService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pages, forms and the role matrix. Fixtures are created as ADMIN; requests run as the role under test. */
@IntegrationTest
@WithMockUser(username = "admin@covenant.test", roles = "ADMIN")
class AgreementControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgreementService agreements;

	@Autowired
	AgreementQueries queries;

	@Autowired
	VendorService vendors;

	@Autowired
	DocumentService documents;

	@Autowired
	TestClock clock;

	@Autowired
	health.covenant.shared.web.Dates dates;

	long executedAgreement(String name) {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, name, PhiAccess.PHI);
		return this.agreements.create(vendor, executedBaa(today.minusMonths(6), today.plusDays(60), true, 30));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyoneSignedInReadsListAndDetail(Role role) throws Exception {
		long id = executedAgreement("Readable");
		this.mvc.perform(get("/agreements").with(as(role)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Compliance gaps"), containsString("agreement-table"))));
		boolean editor = role == Role.LEGAL || role == Role.ADMIN;
		this.mvc.perform(get("/agreements/{id}", id).with(as(role)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("HIPAA clause checklist")))
			.andExpect(content().string(editor ? containsString("id=\"upload-form\"") : not(containsString("id=\"upload-form\""))))
			.andExpect(content().string(editor ? containsString("id=\"clause-BAA-01-PRESENT\"")
					: not(containsString("id=\"clause-BAA-01-PRESENT\""))));
	}

	@Test
	void anonymousIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/agreements").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous()))
			.andExpect(status().is3xxRedirection());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "LEGAL", "ADMIN" })
	void legalAddsAnExecutedBaaWithItsSignedPdf(Role role) throws Exception {
		long vendorId = vendorInService(this.vendors, "Create", PhiAccess.PHI);
		this.mvc.perform(get("/agreements/new").param("vendorId", String.valueOf(vendorId)).param("kind", "BAA").with(as(role)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"agreement-form\"")));
		byte[] pdf = TestFiles.pdf("signed baa");
		MvcResult result = this.mvc
			.perform(createForm(vendorId).file(new MockMultipartFile("file", "Signed BAA.pdf", "application/pdf", pdf))
				.with(as(role))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flash"))
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/agreements/", ""));
		AgreementView view = this.queries.get(id);
		assertThat(view.status()).isEqualTo(AgreementStatus.EXECUTED);
		assertThat(view.schedule().noticeDeadline()).isEqualTo(LocalDate.of(2027, 9, 1));
		assertThat(this.queries.documents(id)).singleElement()
			.satisfies((d) -> assertThat(d.fileName()).isEqualTo("Signed BAA.pdf"));
		this.mvc.perform(get("/agreements").param("vendorId", String.valueOf(vendorId)).with(as(role)))
			.andExpect(content().string(containsString("1 Sep 2027")));
	}

	@Test
	void breachWindowOver60DaysIsRejectedAtTheFieldWithInputKept() throws Exception {
		long vendorId = vendorInService(this.vendors, "Breach", PhiAccess.PHI);
		this.mvc.perform(createForm(vendorId, "breachNoticeValue", "61", "breachNoticeUnit", "CALENDAR_DAYS")
			.with(as(Role.LEGAL))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"breachNoticeValue-error\""),
					containsString("164.410"), containsString("value=\"61\""), containsString("Jane Doe, CEO"))));
		assertThat(this.queries.forVendor(vendorId)).isEmpty();
	}

	@Test
	void executedWithoutSignedDateAndExpirationBeforeEffectiveAreRejected() throws Exception {
		long vendorId = vendorInService(this.vendors, "Dates", PhiAccess.PHI);
		this.mvc.perform(createForm(vendorId, "signedDate", "", "expirationDate", "2026-10-01")
			.with(as(Role.LEGAL))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"signedDate-error\""),
					containsString("id=\"expirationDate-error\""), containsString("needs the date it was signed"),
					containsString("cannot be before the effective date"))));
		this.mvc.perform(createForm(vendorId, "noticePeriodDays", "abc").with(as(Role.LEGAL)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Enter a whole number")));
		assertThat(this.queries.forVendor(vendorId)).isEmpty();
	}

	@Test
	void aFileOfTheWrongTypeIsRefusedAndNothingSaved() throws Exception {
		long vendorId = vendorInService(this.vendors, "WrongType", PhiAccess.PHI);
		this.mvc.perform(createForm(vendorId)
			.file(new MockMultipartFile("file", "baa.pdf", "application/pdf", "<html>not a pdf</html>".getBytes()))
			.with(as(Role.LEGAL))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"file-error\"")))
			.andExpect(content().string(containsString("checked by its content")));
		assertThat(this.queries.forVendor(vendorId)).isEmpty();
	}

	@Test
	void uploadsAreCheckedAndExecutedDocumentsRetained() throws Exception {
		long id = executedAgreement("Uploads");
		this.mvc.perform(multipart("/agreements/{id}/documents", id)
			.file(new MockMultipartFile("file", "evil.pdf", "application/pdf", "MZ...".getBytes()))
			.with(as(Role.LEGAL))
			.with(csrf()))
			.andExpect(redirectedUrl("/agreements/" + id + "#documents"))
			.andExpect(flash().attribute("flash", new Flash(Flash.Level.ERROR, "documents.rejected.type", List.of())));
		byte[] big = new byte[(int) this.documents.maxSizeBytes() + 1];
		System.arraycopy(TestFiles.pdf("big"), 0, big, 0, 10);
		this.mvc.perform(multipart("/agreements/{id}/documents", id)
			.file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
			.with(as(Role.LEGAL))
			.with(csrf()))
			.andExpect(flash().attribute("flash", new Flash(Flash.Level.ERROR, "documents.rejected.tooLarge", List.of("25 MB"))));
		assertThat(this.queries.documents(id)).isEmpty();

		this.mvc.perform(multipart("/agreements/{id}/documents", id)
			.file(new MockMultipartFile("file", "amendment.png", "image/png", TestFiles.png()))
			.param("documentKind", "AMENDMENT")
			.with(as(Role.LEGAL))
			.with(csrf()))
			.andExpect(flash().attribute("flash", new Flash(Flash.Level.SUCCESS, "documents.uploaded", List.of("amendment.png"))));
		long documentId = this.queries.documents(id).get(0).id();
		this.mvc.perform(post("/agreements/{id}/documents/{doc}/delete", id, documentId).with(as(Role.LEGAL)).with(csrf()))
			.andExpect(flash().attribute("flash", new Flash(Flash.Level.ERROR, "documents.rejected.retained", List.of())));
		assertThat(this.queries.documents(id)).hasSize(1);
		this.mvc.perform(get("/agreements/{id}", id).with(as(Role.LEGAL)))
			.andExpect(content().string(allOf(containsString("amendment.png"), containsString("Kept for 6 years"))));
	}

	@Test
	void anUploadOverTheLimitIsSentBackWithAClearMessageBeforeAnythingReadsIt() throws Exception {
		long id = executedAgreement("TooBig");
		byte[] body = new byte[(int) this.documents.maxSizeBytes() + 1];
		MvcResult refused = this.mvc
			.perform(post("/agreements/{id}/documents", id).contentType("multipart/form-data; boundary=x")
				.content(body)
				.header("Referer", "http://localhost/agreements/" + id)
				.with(as(Role.LEGAL)))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/agreements/" + id))
			.andReturn();
		jakarta.servlet.http.Cookie session = refused.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		this.mvc.perform(get("/agreements/{id}", id).cookie(session).with(as(Role.LEGAL)))
			.andExpect(content().string(containsString("larger than the limit of 25 MB")));
		assertThat(this.queries.documents(id)).isEmpty();
	}

	@Test
	void clausesAreTickedInlineWithHtmx() throws Exception {
		long id = executedAgreement("Clauses");
		this.mvc.perform(post("/agreements/{id}/clauses/BAA-06", id).param("status", "PRESENT")
			.param("note", "Clause 7")
			.param("sectionRef", "7.1")
			.with(as(Role.LEGAL))
			.with(csrf())
			.with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"clause-BAA-06\""), containsString("Clause 7"),
					containsString("hx-swap-oob"), containsString("12 required clause(s) missing"),
					not(containsString("<html")))));
		assertThat(this.queries.checklist(id)).filteredOn((l) -> l.clause().code().equals("BAA-06"))
			.singleElement()
			.satisfies((l) -> {
				assertThat(l.status()).isEqualTo(ClauseStatus.PRESENT);
				assertThat(l.sectionRef()).isEqualTo("7.1");
			});
		this.mvc.perform(post("/agreements/{id}/clauses/NOPE-1", id).param("status", "PRESENT").with(as(Role.LEGAL)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void notApplicableIsOfferedOnlyWhereAClauseCanTrulyNotApplyAndNeedsANote() throws Exception {
		long id = executedAgreement("Not applicable");
		this.mvc.perform(get("/agreements/{id}", id).with(as(Role.LEGAL)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("id=\"clause-BAA-05-NOT_APPLICABLE\"")),
					containsString("id=\"clause-BAA-09-NOT_APPLICABLE\""),
					containsString("id=\"clause-BAA-12-NOT_APPLICABLE\""),
					containsString("id=\"clause-REC-AUDIT-NOT_APPLICABLE\""),
					containsString("no PHI in a designated record set"))));
		this.mvc.perform(post("/agreements/{id}/clauses/BAA-05", id).param("status", "NOT_APPLICABLE")
			.param("note", "We hold no ePHI")
			.with(as(Role.LEGAL))
			.with(csrf())
			.with(htmx()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"clause-BAA-05-error\""),
					containsString("BAA-05 is required in every BAA and cannot be marked not applicable."),
					containsString("We hold no ePHI"), not(containsString("<html")))));
		// a note is needed: the message is next to the note, which points at it
		this.mvc.perform(post("/agreements/{id}/clauses/BAA-12", id).param("status", "NOT_APPLICABLE")
			.param("note", " ")
			.param("sectionRef", "9.9")
			.with(as(Role.LEGAL))
			.with(csrf())
			.with(htmx()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("aria-describedby=\"clause-BAA-12-error\""),
					containsString("id=\"clause-BAA-12-error\""), containsString("value=\"9.9\""),
					containsString("id=\"clause-BAA-12-NOT_APPLICABLE\" value=\"NOT_APPLICABLE\" checked"))));
		this.mvc.perform(post("/agreements/{id}/clauses/BAA-09", id).param("status", "NOT_APPLICABLE")
			.param("note", "")
			.with(as(Role.LEGAL))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", new Flash(Flash.Level.ERROR,
					"agreement.clause.rule.notApplicableNeedsNote", List.of("BAA-09"))));
		assertThat(this.queries.checklist(id)).filteredOn((l) -> l.clause().code().startsWith("BAA-0"))
			.allSatisfy((l) -> assertThat(l.status()).isNull());
	}

	@Test
	void aLockedInAgreementShowsTheNextDeadlineWithTheTermItStops() throws Exception {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Locked page", PhiAccess.PHI);
		AgreementDetails details = executedBaa(today.minusMonths(6), today.plusDays(20), true, 30);
		long id = this.agreements.create(vendor, details);
		AgreementTerms.Schedule schedule = details.terms().on(today);
		String next = schedule.nextNoticeDeadline().toString();
		String stops = schedule.noticeTermEnd().toString();
		this.mvc.perform(get("/agreements/{id}", id).with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"notice-term-end\""),
					containsString("<time datetime=\"" + next + "\""), containsString("<time datetime=\"" + stops + "\""),
					containsString("id=\"locked-in\""), not(containsString("id=\"next-notice-deadline\"")))));
		this.mvc.perform(get("/agreements").param("vendorId", String.valueOf(vendor)).with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<time datetime=\"" + next + "\""),
					containsString("<time datetime=\"" + stops + "\""), containsString("locked in: renewed from"),
					not(containsString("<time datetime=\"" + today.plusDays(20) + "\"")))));
	}

	@Test
	void endedAgreementsShowHowAndWhenTheyEndedAndNothingLive() throws Exception {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Ended page", PhiAccess.PHI);
		AgreementDetails details = executedBaa(today.minusMonths(6), today.plusDays(40), true, 30);
		long id = this.agreements.create(vendor, details);
		this.agreements.update(id, this.queries.get(id).version(),
				AgreementFixtures.withStatus(details, AgreementStatus.TERMINATED));
		String terminated = "Terminated on " + this.dates.date(today);
		for (String page : List.of("/agreements/" + id, "/agreements?vendorId=" + vendor)) {
			this.mvc.perform(get(page).with(as(Role.AUDITOR)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(terminated), not(containsString("Notice window open")),
						not(containsString("id=\"days-remaining\"")), not(containsString("id=\"notice-deadline\"")),
						not(containsString(">Active<")), not(containsString("in 10 days")))));
		}
		this.mvc.perform(get("/vendors/{id}/agreements", vendor).with(as(Role.AUDITOR)).with(htmx()))
			.andExpect(content().string(allOf(containsString(terminated), not(containsString("Notice window open")))));
	}

	@Test
	void aVersionSignedToStartLaterShowsSupersededFromOnTheOldOne() throws Exception {
		LocalDate today = this.clock.today();
		long id = executedAgreement("Superseded from");
		long next = this.agreements.newVersion(id);
		this.agreements.update(next, this.queries.get(next).version(),
				new AgreementDetails(AgreementKind.BAA, AgreementStatus.EXECUTED, today.plusDays(8), today.plusYears(3),
						true, 12, 60, 10, BreachNoticeUnit.BUSINESS_DAYS, today, "Jane Doe", null, null));
		this.mvc.perform(get("/agreements/{id}", id).with(as(Role.LEGAL)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"superseded-from\""),
					containsString("Superseded from " + this.dates.date(today.plusDays(8))),
					containsString(">Executed<"), containsString("Notice window open"),
					not(containsString("id=\"notice-deadline\"")))));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void onlyLegalAndAdminRecordTheReturnOfPhi(Role role) throws Exception {
		long id = executedAgreement("PHI return " + role);
		boolean editor = role == Role.LEGAL || role == Role.ADMIN;
		this.mvc.perform(get("/agreements/{id}", id).with(as(role)))
			.andExpect(content().string(allOf(containsString("id=\"phi-return\""),
					editor ? containsString("id=\"phi-return-form\"") : not(containsString("id=\"phi-return-form\"")))));
		this.mvc.perform(post("/agreements/{id}/phi-returned", id).param("phiReturnedOn", this.clock.today().toString())
			.with(as(role))
			.with(csrf()))
			.andExpect(editor ? status().is3xxRedirection() : status().isForbidden());
		assertThat(this.queries.get(id).phiReturnedOn()).isEqualTo(editor ? this.clock.today() : null);
	}

	@Test
	void aStaleEditShowsTheConflictAndSavesNothing() throws Exception {
		long id = executedAgreement("Conflict");
		long staleVersion = this.queries.get(id).version();
		AgreementDetails d = this.queries.get(id).details();
		this.agreements.update(id, staleVersion, new AgreementDetails(d.kind(), d.status(), d.effectiveDate(),
				d.expirationDate(), d.autoRenews(), d.renewalTermMonths(), 31, d.breachNoticeValue(),
				d.breachNoticeUnit(), d.signedDate(), d.counterpartySignatory(), d.ownerId(), d.notes()));
		this.mvc.perform(post("/agreements/{id}", id).param("version", String.valueOf(staleVersion))
			.param("kind", "BAA")
			.param("status", "EXECUTED")
			.param("effectiveDate", "2026-05-23")
			.param("signedDate", "2026-05-22")
			.param("noticePeriodDays", "5")
			.with(as(Role.ADMIN))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Someone else saved this record")));
		assertThat(this.queries.get(id).details().noticePeriodDays()).isEqualTo(31);
	}

	@Test
	void vendorSectionShowsAgreementsGapsAndAddButtonForEditors() throws Exception {
		long vendorId = vendorInService(this.vendors, "Section", PhiAccess.PHI);
		this.mvc.perform(get("/vendors/{id}/agreements", vendorId).with(as(Role.LEGAL)).with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"add-agreement\""),
					containsString("data-gap=\"UNCOVERED_PHI_VENDOR\""),
					containsString("/agreements/new?vendorId=" + vendorId + "&amp;kind=BAA"))));
		this.mvc.perform(get("/vendors/{id}/agreements", vendorId).with(as(Role.PROCUREMENT)).with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"add-agreement\""))));
		this.mvc.perform(get("/vendors/{id}/agreements", Long.MAX_VALUE).with(as(Role.LEGAL)).with(htmx()))
			.andExpect(status().isNotFound());
	}

	@Test
	void listFiltersAndHtmxFragment() throws Exception {
		long id = executedAgreement("Filter");
		long vendorId = this.queries.get(id).vendorId();
		MockHttpServletRequestBuilder missing = get("/agreements").param("vendorId", String.valueOf(vendorId))
			.param("missing", "true")
			.param("kind", "BAA")
			.param("status", "EXECUTED")
			.param("within", "60");
		this.mvc.perform(missing.with(as(Role.AUDITOR)).with(htmx()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("agreement-row-" + id), not(containsString("<html")))));
		this.mvc.perform(get("/agreements").param("vendorId", String.valueOf(vendorId))
			.param("kind", "MSA")
			.with(as(Role.AUDITOR))
			.with(htmx())).andExpect(content().string(not(containsString("agreement-row-" + id))));
		this.mvc.perform(get("/agreements").with(as(Role.AUDITOR)))
			.andExpect(content().string(containsString("compliance gaps")));
	}

}
