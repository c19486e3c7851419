package health.covenant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import health.covenant.agreements.AgreementDetails;
import health.covenant.agreements.AgreementDocumentKind;
import health.covenant.agreements.AgreementKind;
import health.covenant.agreements.AgreementService;
import health.covenant.agreements.AgreementStatus;
import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.assessments.findings.FindingDetails;
import health.covenant.assessments.findings.FindingService;
import health.covenant.assessments.findings.FindingSeverity;
import health.covenant.assessments.findings.FindingSource;
import health.covenant.assessments.AssessmentKind;
import health.covenant.assessments.AssessmentService;
import health.covenant.certifications.CertificationDetails;
import health.covenant.certifications.CertificationService;
import health.covenant.certifications.CertificationType;
import health.covenant.certifications.audits.AuditKind;
import health.covenant.certifications.audits.AuditResult;
import health.covenant.certifications.audits.VendorAuditDetails;
import health.covenant.certifications.audits.VendorAuditService;
import health.covenant.documents.TestFiles;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.incidents.IncidentDetails;
import health.covenant.incidents.IncidentKind;
import health.covenant.incidents.IncidentService;
import health.covenant.incidents.IncidentStatus;
import health.covenant.notifications.ActionLinks;
import health.covenant.notifications.CalendarFeeds;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationDraft;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationQuery;
import health.covenant.obligations.ObligationService;
import health.covenant.obligations.TestObligationSource;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.SubprocessorDetails;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The route × role matrix: every route and method of the application's controllers, requested anonymously and
 * as each role, against the intended answer written down in {@link #MATRIX}.
 * <p>
 * Allowed: neither 401 nor 403, no redirect to the sign-in page, no server error. Denied: 403. Anonymous on a
 * route that is not public: a redirect to the sign-in page. Path variables are real ids of data created here, so
 * allowed requests reach the controller; POSTs carry a CSRF token and the parameters written after {@code ?}.
 */
@IntegrationTest
class RouteRoleMatrixTest {

	private static final Role[] EVERYONE = Role.values();

	/** Everyone who works on obligations (the auditor only reads). */
	private static final Role[] WORKERS = { Role.PROCUREMENT, Role.SECURITY_OFFICER, Role.LEGAL, Role.ADMIN };

	private static final Role[] VENDOR_EDITORS = { Role.PROCUREMENT, Role.ADMIN };

	private static final Role[] AI_EDITORS = { Role.PROCUREMENT, Role.SECURITY_OFFICER, Role.ADMIN };

	private static final Role[] AGREEMENT_EDITORS = { Role.LEGAL, Role.ADMIN };

	/** Procurement may add a report it received; only security officers and administrators edit or verify. */
	private static final Role[] CERTIFICATION_ADDERS = { Role.PROCUREMENT, Role.SECURITY_OFFICER, Role.ADMIN };

	private static final Role[] CERTIFICATION_EDITORS = { Role.SECURITY_OFFICER, Role.ADMIN };

	private static final Role[] VENDOR_AUDIT_EDITORS = { Role.SECURITY_OFFICER, Role.ADMIN };

	private static final Role[] INCIDENT_EDITORS = { Role.SECURITY_OFFICER, Role.LEGAL, Role.ADMIN };
	/** Open, edit, remediate and reopen findings (the internal owner may also remediate their own). */
	private static final Role[] FINDING_EDITORS = { Role.SECURITY_OFFICER, Role.ADMIN };

	/** Accepting a finding's risk: the security officer alone. */
	private static final Role[] RISK_ACCEPTORS = { Role.SECURITY_OFFICER };

	/** Opting out of the weekly risk digest (or back in): the security officers who receive it. */
	private static final Role[] DIGEST_RECIPIENTS = { Role.SECURITY_OFFICER };

	/** Deciding on a vendor's risk tier (accept or override). */
	private static final Role[] RISK_REVIEWERS = { Role.SECURITY_OFFICER, Role.ADMIN };

	/**
	 * Procurement may start the initial assessment of a vendor it registered (the matrix vendor counts as
	 * registered by procurement; AssessmentServiceTest covers the other vendors); only security officers and
	 * administrators answer one.
	 */
	private static final Role[] ASSESSMENT_STARTERS = { Role.PROCUREMENT, Role.SECURITY_OFFICER, Role.ADMIN };

	private static final Role[] ASSESSMENT_EDITORS = { Role.SECURITY_OFFICER, Role.ADMIN };

	/** Documents may hold PHI and signed terms: not for procurement. */
	private static final Role[] DOCUMENT_READERS = { Role.SECURITY_OFFICER, Role.LEGAL, Role.ADMIN, Role.AUDITOR };

	private static final Role[] AUDIT_READERS = { Role.SECURITY_OFFICER, Role.ADMIN, Role.AUDITOR };

	private static final Role[] ADMIN = { Role.ADMIN };

	/**
	 * Nobody with a role: the route belongs to a sign-in that still waits for its second factor (only the
	 * pending authority reaches it; see SecondFactorSignInTest).
	 */
	private static final Role[] SIGN_IN_PENDING_ONLY = {};

	/**
	 * The intended answer of every route: one line per method and path (as the controller declares it, without
	 * regular expressions in path variables), the roles allowed, or {@code open} for a route anyone may call
	 * (anonymous included). Parameters after {@code ?} are sent with the request.
	 */
	static final List<Rule> MATRIX = List.of(
			allow("GET  /", EVERYONE),
			open("GET  /login"),
			allow("GET  /login/code", SIGN_IN_PENDING_ONLY),
			allow("POST /login/code", SIGN_IN_PENDING_ONLY),
			allow("GET  /login/enrol", SIGN_IN_PENDING_ONLY),
			allow("POST /login/enrol", SIGN_IN_PENDING_ONLY),

			allow("GET  /vendors", EVERYONE),
			allow("GET  /vendors/panel", EVERYONE),
			allow("GET  /vendors/{id}", EVERYONE),
			allow("GET  /vendors/new", VENDOR_EDITORS),
			allow("POST /vendors", VENDOR_EDITORS),
			allow("GET  /vendors/{id}/edit", VENDOR_EDITORS),
			allow("POST /vendors/{id}", VENDOR_EDITORS),
			allow("POST /vendors/{id}/status?status=PROSPECT&version=0", VENDOR_EDITORS),
			allow("GET  /vendors/{id}/ai-profile", AI_EDITORS),
			allow("POST /vendors/{id}/ai-profile", AI_EDITORS),
			allow("POST /vendors/{id}/subprocessors", AI_EDITORS),
			allow("POST /vendors/{id}/subprocessors/{subprocessorId}/remove", AI_EDITORS),
			allow("GET  /vendors/{id}/agreements", EVERYONE),

			allow("GET  /agreements", EVERYONE),
			allow("GET  /agreements/gaps", EVERYONE),
			allow("GET  /agreements/{id}", EVERYONE),
			allow("GET  /agreements/new?vendorId={vendor}", AGREEMENT_EDITORS),
			allow("POST /agreements", AGREEMENT_EDITORS),
			allow("GET  /agreements/{id}/edit", AGREEMENT_EDITORS),
			allow("POST /agreements/{id}", AGREEMENT_EDITORS),
			allow("POST /agreements/{id}/new-version", AGREEMENT_EDITORS),
			allow("POST /agreements/{id}/phi-returned", AGREEMENT_EDITORS),
			allow("POST /agreements/{id}/clauses/{code}?status=PRESENT", AGREEMENT_EDITORS),
			allow("POST /agreements/{id}/documents", AGREEMENT_EDITORS),
			allow("POST /agreements/{id}/documents/{documentId}/delete", AGREEMENT_EDITORS),
			allow("GET  /documents/{id}/download", DOCUMENT_READERS),

			allow("GET  /vendors/{id}/certifications", EVERYONE),
			allow("GET  /certifications", EVERYONE),
			allow("GET  /certifications/{id}", EVERYONE),
			allow("GET  /certifications/new?vendorId={vendor}", CERTIFICATION_ADDERS),
			allow("POST /certifications", CERTIFICATION_ADDERS),
			allow("GET  /certifications/{id}/edit", CERTIFICATION_EDITORS),
			allow("POST /certifications/{id}", CERTIFICATION_EDITORS),
			allow("POST /certifications/{id}/verify", CERTIFICATION_EDITORS),
			allow("POST /certifications/{id}/documents", CERTIFICATION_EDITORS),
			allow("POST /certifications/{id}/documents/{documentId}/delete", CERTIFICATION_EDITORS),
			allow("POST /certifications/{id}/delete", CERTIFICATION_EDITORS),
			allow("GET  /vendors/{id}/audits", EVERYONE),
			allow("GET  /certifications/audits", EVERYONE),
			allow("GET  /certifications/audits/vendor-suggestions?vendorName=a", EVERYONE),
			allow("GET  /certifications/audits/{auditId}", EVERYONE),
			allow("GET  /certifications/audits/new?vendorId={vendor}", VENDOR_AUDIT_EDITORS),
			allow("POST /certifications/audits", VENDOR_AUDIT_EDITORS),
			allow("GET  /certifications/audits/{auditId}/edit", VENDOR_AUDIT_EDITORS),
			allow("POST /certifications/audits/{auditId}", VENDOR_AUDIT_EDITORS),
			// a stale version: refused as a conflict, so that the audit stays for the other lines
			allow("POST /certifications/audits/{auditId}/delete?version=999", VENDOR_AUDIT_EDITORS),
			allow("POST /certifications/audits/{auditId}/documents", VENDOR_AUDIT_EDITORS),
			allow("POST /certifications/audits/{auditId}/documents/{reportId}/delete", VENDOR_AUDIT_EDITORS),
			allow("GET  /certifications/audits/cadence/{vendorId}", VENDOR_AUDIT_EDITORS),
			allow("POST /certifications/audits/cadence/{vendorId}", VENDOR_AUDIT_EDITORS),

			allow("GET  /vendors/{id}/incidents", EVERYONE),
			allow("GET  /incidents", EVERYONE),
			allow("GET  /incidents/{id}", EVERYONE),
			allow("GET  /incidents/new?vendorId={vendor}", INCIDENT_EDITORS),
			allow("POST /incidents", INCIDENT_EDITORS),
			allow("GET  /incidents/{id}/edit", INCIDENT_EDITORS),
			allow("POST /incidents/{id}", INCIDENT_EDITORS),
			allow("POST /incidents/{id}/assessment", INCIDENT_EDITORS),
			allow("POST /incidents/{id}/notices?audience=INDIVIDUALS", INCIDENT_EDITORS),
			allow("GET  /vendors/{id}/ir-commitment", EVERYONE),
			allow("GET  /vendors/{id}/ir-commitment/section", EVERYONE),
			allow("POST /vendors/{id}/ir-commitment", INCIDENT_EDITORS),
			allow("GET  /vendors/{id}/findings", EVERYONE),
			allow("GET  /findings", EVERYONE),
			allow("GET  /findings/vendor-suggestions?vendorName=a", EVERYONE),
			allow("GET  /findings/{id}", EVERYONE),
			allow("GET  /findings/new?vendorId={vendor}", FINDING_EDITORS),
			allow("POST /findings", FINDING_EDITORS),
			allow("GET  /findings/{id}/edit", FINDING_EDITORS),
			allow("POST /findings/{id}", FINDING_EDITORS),
			allow("POST /findings/{id}/remediate", FINDING_EDITORS),
			allow("POST /findings/{id}/accept", RISK_ACCEPTORS),
			allow("POST /findings/{id}/reopen", FINDING_EDITORS),
			allow("POST /findings/{id}/documents", FINDING_EDITORS),
			allow("GET  /vendors/{id}/assessments", EVERYONE),
			allow("GET  /assessments", EVERYONE),
			allow("GET  /assessments/{id}", EVERYONE),
			allow("GET  /assessments/new?vendorId={vendor}", ASSESSMENT_STARTERS),
			allow("POST /assessments", ASSESSMENT_STARTERS),
			allow("POST /assessments/{id}/sections/{section}", ASSESSMENT_EDITORS),
			allow("POST /assessments/{id}/complete?version=999", ASSESSMENT_EDITORS),
			allow("POST /assessments/{id}/next", ASSESSMENT_EDITORS),
			allow("POST /assessments/{id}/evidence?questionCode=DG-01", ASSESSMENT_EDITORS),
			allow("POST /assessments/{id}/evidence/remove?documentId=0", ASSESSMENT_EDITORS),
			allow("GET  /assessments/cadence/{vendorId}", ASSESSMENT_EDITORS),
			allow("POST /assessments/cadence/{vendorId}", ASSESSMENT_EDITORS),
			allow("GET  /risk", EVERYONE),
			allow("GET  /risk/queue", EVERYONE),
			allow("GET  /risk/vendors/{id}", EVERYONE),
			allow("GET  /vendors/{id}/risk", EVERYONE),
			allow("POST /risk/vendors/{id}/review?decision=ACCEPT", RISK_REVIEWERS),

			allow("GET  /obligations", EVERYONE),
			allow("GET  /obligations/calendar", EVERYONE),
			allow("GET  /obligations/panel", EVERYONE),
			allow("GET  /obligations/vendor-suggestions?vendorName=a", EVERYONE),
			// Acting on someone else's obligation: its owner, the roles its rule reminds, and ADMIN
			// (the test obligation's rule reminds its owner only; ObligationPermissionsTest has the cases).
			allow("POST /obligations/{id}/acknowledge", ADMIN),
			allow("POST /obligations/{id}/snooze?days=7", ADMIN),
			open("GET  /calendar/{token}.ics"),
			open("GET  /public/obligations/action?token={actionToken}"),
			open("POST /public/obligations/action?token={actionToken}&action=snooze7"),

			allow("GET  /account/notifications", EVERYONE),
			allow("POST /account/notifications/preference?preference=DAILY_DIGEST", EVERYONE),
			allow("POST /account/notifications/risk-digest?receive=true", DIGEST_RECIPIENTS),
			allow("POST /account/notifications/feed", EVERYONE),
			allow("POST /account/notifications/feed/revoke", EVERYONE),
			allow("GET  /account/password", EVERYONE),
			allow("POST /account/password", EVERYONE),
			allow("GET  /account/security", EVERYONE),
			allow("GET  /account/security/authenticator", EVERYONE),
			allow("POST /account/security/authenticator", EVERYONE),
			allow("POST /account/security/recovery-codes", EVERYONE),
			allow("POST /account/security/passkeys/remove", EVERYONE),

			allow("GET  /audit", AUDIT_READERS),
			allow("POST /audit/verify", AUDIT_READERS),

			allow("GET  /notifications", ADMIN),
			allow("POST /notifications/{id}/retry", ADMIN),
			allow("POST /notifications/run", ADMIN),
			allow("GET  /notifications/runs/{id}", ADMIN),
			allow("GET  /notifications/mailbox", ADMIN),
			allow("GET  /notifications/mailbox/{number}", ADMIN),
			allow("POST /notifications/mailbox/clear", ADMIN),
			allow("GET  /admin/settings", ADMIN),
			allow("POST /admin/settings/delivery", ADMIN),
			allow("GET  /admin/settings/rules/{kind}", ADMIN),
			allow("POST /admin/settings/rules/{kind}", ADMIN),
			allow("GET  /admin/users", ADMIN),
			allow("GET  /admin/users/new", ADMIN),
			allow("POST /admin/users", ADMIN),
			allow("GET  /admin/users/{id}/edit", ADMIN),
			allow("POST /admin/users/{id}", ADMIN),
			allow("POST /admin/users/{id}/password", ADMIN),
			allow("POST /admin/users/{id}/unlock", ADMIN),
			allow("GET  /admin/users/{id}/second-factor", ADMIN),
			allow("POST /admin/users/{id}/second-factor/reset", ADMIN));

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	VendorService vendors;

	@Autowired
	AgreementService agreements;

	@Autowired
	CertificationService certifications;

	@Autowired
	UserService users;

	@Autowired
	VendorAuditService vendorAudits;

	@Autowired
	ObligationService obligations;

	@Autowired
	IncidentService incidents;

	@Autowired
	FindingService findings;

	@Autowired
	AssessmentService assessments;

	@Autowired
	TestObligationSource obligationSource;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	ActionLinks links;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Test
	void everyControllerRouteHasExactlyOneLineInTheMatrix() {
		Set<String> declared = declaredRoutes();
		Map<String, Long> listed = new LinkedHashMap<>();
		MATRIX.forEach((rule) -> listed.merge(rule.route(), 1L, Long::sum));
		List<String> problems = new ArrayList<>();
		declared.stream()
			.filter((route) -> !listed.containsKey(route))
			.forEach((route) -> problems.add("The controllers declare " + route
					+ " but the matrix has no line for it: add allow(\"" + route.replaceFirst(" ", pad(route))
					+ "\", <roles allowed>) or open(…) to RouteRoleMatrixTest.MATRIX"));
		listed.keySet()
			.stream()
			.filter((route) -> !declared.contains(route))
			.forEach((route) -> problems.add("The matrix lists " + route
					+ " but no controller declares it any more: remove or correct its line"));
		listed.forEach((route, count) -> {
			if (count > 1) {
				problems.add("The matrix lists " + route + " " + count + " times: keep one line");
			}
		});
		assertThat(problems).as("route × role matrix against the controllers").isEmpty();
	}

	@Test
	void everyRoleGetsTheIntendedAnswerOnEveryRoute() {
		Map<String, String> values = createData();
		Map<Role, RequestPostProcessor> signedIn = new LinkedHashMap<>();
		String tag = UUID.randomUUID().toString().substring(0, 8);
		for (Role role : Role.values()) {
			UserSummary user = newUser("matrix-" + role.name().toLowerCase().replace('_', '-') + "-" + tag, role);
			signedIn.put(role, user(user.email()).roles(role.name()));
			if (role == Role.PROCUREMENT) {
				// procurement registered the vendor: it may start that vendor's initial assessment
				this.jdbc.sql("UPDATE vendor SET created_by = ? WHERE id = ?")
					.params(user.email(), Long.parseLong(values.get("vendors/id")))
					.update();
			}
		}
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Rule rule : MATRIX) {
			failures.addAll(check(rule, "anonymous", anonymous(), values, rule.open() ? Expect.ALLOWED : Expect.SIGN_IN));
			requests++;
			// denied roles first, so that a mutation by an allowed role cannot hide a refusal
			List<Role> order = new ArrayList<>(EnumSet.complementOf(rule.allowedSet()));
			order.addAll(rule.allowedSet());
			for (Role role : order) {
				Expect expect = rule.open() || rule.allowedSet().contains(role) ? Expect.ALLOWED : Expect.DENIED;
				failures.addAll(check(rule, role.name(), signedIn.get(role), values, expect));
				requests++;
			}
		}
		assertThat(requests).isEqualTo(MATRIX.size() * (Role.values().length + 1));
		assertThat(failures).as("route × role answers that differ from the matrix").isEmpty();
	}

	private List<String> check(Rule rule, String who, RequestPostProcessor auth, Map<String, String> values,
			Expect expect) {
		String uri = expand(rule.pathAndQuery(), values);
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(rule.method()), uri).with(auth);
		if (!"GET".equals(rule.method())) {
			request.with(csrf());
		}
		MockHttpServletResponse response;
		try {
			response = this.mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception ex) {
			return List.of(rule.route() + " as " + who + ": the request failed with " + ex.getClass().getName());
		}
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		boolean toSignIn = location != null && location.replaceFirst("^https?://[^/]+", "").startsWith("/login")
				&& !rule.route().endsWith(" /login");
		String answer = status + (location == null ? "" : " → " + location);
		boolean ok = switch (expect) {
			// a POST that redirects answers 303 See Other, never 302 (WebConventions)
			case ALLOWED -> status != 401 && status != 403 && status < 500 && !toSignIn
					&& !("POST".equals(rule.method()) && status == 302);
			case DENIED -> status == 403;
			case SIGN_IN -> status == 302 && toSignIn;
		};
		return ok ? List.of()
				: List.of(rule.method() + " " + uri + " (" + rule.route() + ") as " + who + ": expected "
						+ expect.description + ", got " + answer);
	}

	/** Fresh data for every path variable, keyed by the path segment before it and its name. */
	private Map<String, String> createData() {
		Map<String, String> values = new LinkedHashMap<>();
		LocalDate today = this.clock.today();
		SystemActor.runAs(() -> {
			String tag = UUID.randomUUID().toString().substring(0, 8);
			long vendor = this.vendors.register(VendorDetails.named("Matrix vendor " + tag, PhiAccess.PHI));
			long subprocessor = this.vendors
				.addSubprocessor(vendor, new SubprocessorDetails("Matrix sub " + tag, "model API", "US", true, true))
				.id();
			long agreement = this.agreements.create(vendor,
					new AgreementDetails(AgreementKind.BAA, AgreementStatus.DRAFT, today, today.plusYears(1), false,
							null, 30, 10, BreachNoticeUnit.BUSINESS_DAYS, null, null, null, null));
			long document = this.agreements
				.upload(agreement, AgreementDocumentKind.SIGNED, "matrix.pdf", TestFiles.pdf("matrix"))
				.id();
			long deletable = this.agreements
				.upload(agreement, AgreementDocumentKind.REDLINE, "matrix-draft.pdf", TestFiles.pdf("draft"))
				.id();
			long certification = this.certifications.create(vendor, CertificationDetails
				.of(CertificationType.PEN_TEST, "Matrix auditor", today.minusMonths(1)), false, null);
			long audit = this.vendorAudits.record(vendor, new VendorAuditDetails(AuditKind.REMOTE, today.minusDays(1),
					"Matrix Assurance", null, AuditResult.PASSED, null), null);
			long report = this.vendorAudits.upload(audit, "matrix-report.pdf", TestFiles.pdf("report")).id();
			long incident = this.incidents.record(vendor, new IncidentDetails(IncidentKind.SECURITY_INCIDENT,
					IncidentStatus.OPEN, null, today.minusDays(2), today.minusDays(1), null, false, null, false,
					"Matrix incident", null, List.of()));
			long finding = this.findings.open(vendor, FindingSource.manual(), new FindingDetails(FindingSeverity.MEDIUM,
					"Matrix finding " + tag, null, null, null, null));
			long assessment = this.assessments.start(new AssessmentService.Start(vendor, AssessmentKind.INITIAL, null,
					null, null, today.plusDays(30)));
			UserSummary managed = newUser("matrix-managed-" + tag, Role.PROCUREMENT);
			UserSummary recipient = newUser("matrix-recipient-" + tag, Role.LEGAL);
			Obligation obligation = newObligation(recipient, "Matrix obligation " + tag, today.plusDays(20), vendor);
			String feedUrl = this.feeds.create(recipient.id());
			long notification = failedNotification(recipient, tag);
			values.put("vendors/id", String.valueOf(vendor));
			values.put("vendorId/vendor", String.valueOf(vendor));
			values.put("subprocessors/subprocessorId", String.valueOf(subprocessor));
			values.put("agreements/id", String.valueOf(agreement));
			values.put("certifications/id", String.valueOf(certification));
			values.put("clauses/code", "BAA-01");
			values.put("audits/auditId", String.valueOf(audit));
			values.put("incidents/id", String.valueOf(incident));
			values.put("assessments/id", String.valueOf(assessment));
			values.put("sections/section", "DATA_GOVERNANCE");
			values.put("documents/reportId", String.valueOf(report));
			values.put("cadence/vendorId", String.valueOf(vendor));
			values.put("documents/documentId", String.valueOf(deletable));
			values.put("documents/id", String.valueOf(document));
			values.put("obligations/id", String.valueOf(obligation.id()));
			values.put("findings/id", String.valueOf(finding));
			values.put("calendar/token", feedUrl.substring(feedUrl.lastIndexOf('/') + 1, feedUrl.length() - 4));
			values.put("token/actionToken",
					this.links.token(recipient.id(), obligation.id(), obligation.dueDate(), today));
			values.put("notifications/id", String.valueOf(notification));
			values.put("mailbox/number", "1");
			values.put("runs/id", String.valueOf(finishedReminderRun()));
			values.put("rules/kind", ObligationKind.AGREEMENT_TERM_END.name());
			values.put("users/id", String.valueOf(managed.id()));
		});
		return values;
	}

	private UserSummary newUser(String name, Role role) {
		UserSummary[] created = new UserSummary[1];
		SystemActor.runAs(() -> created[0] = this.users.createUser(name + "@covenant.test", name,
				"not-used-password-1", Set.of(role), TestClock.ZONE));
		return created[0];
	}

	private Obligation newObligation(UserSummary owner, String title, LocalDate due, long vendor) {
		long subject = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L);
		this.obligationSource.put(subject,
				List.of(new ObligationDraft("test-agreement:" + subject + ":term-end",
						ObligationKind.AGREEMENT_TERM_END, due, vendor, TestObligationSource.SUBJECT_TYPE, subject, title,
						"/agreements/" + subject, owner.id(), false, Map.of())));
		this.obligations.refreshSubject(TestObligationSource.SUBJECT_TYPE, subject);
		return this.obligations.search(new ObligationQuery(null, owner.id(), null, null, null, true, false), 50)
			.stream()
			.filter((o) -> o.title().equals(title))
			.findFirst()
			.orElseThrow();
	}

	/** A FAILED e-mail in the outbox, so that "retry" has something to retry. */
	private long failedNotification(UserSummary recipient, String tag) {
		return this.jdbc.sql("""
				INSERT INTO notification (dedup_key, recipient_user_id, recipient_email, subject, html_body, text_body,
				    status, attempts, next_attempt_at, created_at, created_by, updated_at, updated_by)
				VALUES (:key, :user, :email, 'Matrix', '<p>Matrix</p>', 'Matrix', 'FAILED', 5, now(), now(), 'test',
				    now(), 'test')
				RETURNING id""")
			.param("key", "matrix:" + tag)
			.param("user", recipient.id())
			.param("email", recipient.email())
			.query(Long.class)
			.single();
	}

	/** A finished "run reminders now", so that its page has something to show. */
	private long finishedReminderRun() {
		return this.jdbc.sql("""
				INSERT INTO reminder_run (state, finished_at, created_at, created_by, updated_at, updated_by)
				VALUES ('FINISHED', now(), now(), 'test', now(), 'test') RETURNING id""")
			.query(Long.class)
			.single();
	}

	/** Every method and path the application's controllers declare, as "GET /vendors/{id}". */
	private Set<String> declaredRoutes() {
		Set<String> routes = new TreeSet<>();
		this.context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach((mapping) -> mapping
			.getHandlerMethods()
			.forEach((info, handler) -> {
				if (handler.getBeanType().getPackageName().startsWith("health.covenant")) {
					routes.addAll(routesOf(info));
				}
			}));
		return routes;
	}

	private static List<String> routesOf(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		List<String> names = methods.isEmpty() ? List.of("ANY") : methods.stream().map(Enum::name).toList();
		List<String> routes = new ArrayList<>();
		for (String path : info.getPatternValues()) {
			String plain = VARIABLE.matcher(path).replaceAll("{$1}");
			names.forEach((method) -> routes.add(method + " " + plain));
		}
		return routes;
	}

	/** Replaces each {name} by the value registered for the segment before it and that name. */
	private static String expand(String pathAndQuery, Map<String, String> values) {
		Matcher matcher = Pattern.compile("([^/?&=]+)[/=]\\{([^}]+)}").matcher(pathAndQuery);
		StringBuilder expanded = new StringBuilder();
		while (matcher.find()) {
			String key = matcher.group(1) + "/" + matcher.group(2);
			String value = values.get(key);
			if (value == null) {
				throw new IllegalStateException("No test value for the path variable {" + matcher.group(2)
						+ "} after \"" + matcher.group(1) + "\" in " + pathAndQuery + ": add values.put(\"" + key
						+ "\", …) to RouteRoleMatrixTest.createData()");
			}
			String separator = pathAndQuery.charAt(matcher.start(2) - 2) == '=' ? "=" : "/";
			matcher.appendReplacement(expanded, Matcher.quoteReplacement(matcher.group(1) + separator + value));
		}
		matcher.appendTail(expanded);
		return expanded.toString();
	}

	private static String pad(String route) {
		return route.startsWith("GET ") ? "  " : " ";
	}

	private static Rule allow(String line, Role... roles) {
		return Rule.parse(line, false, roles);
	}

	private static Rule open(String line) {
		return Rule.parse(line, true);
	}

	private enum Expect {

		ALLOWED("allowed (not 401/403, no redirect to /login, no server error; a POST's redirect is 303, not 302)"),
		DENIED("403"),
		SIGN_IN("302 to /login");

		final String description;

		Expect(String description) {
			this.description = description;
		}

	}

	/** One line of the matrix: a method, a path with optional query, and who may call it. */
	record Rule(String method, String pathAndQuery, boolean open, List<Role> allowed) {

		static Rule parse(String line, boolean open, Role... roles) {
			String[] parts = line.strip().split("\\s+", 2);
			return new Rule(parts[0], parts[1], open, Arrays.asList(roles));
		}

		/** The route as the controllers declare it: method and path, without the query. */
		String route() {
			int query = this.pathAndQuery.indexOf('?');
			return this.method + " " + (query < 0 ? this.pathAndQuery : this.pathAndQuery.substring(0, query));
		}

		EnumSet<Role> allowedSet() {
			return this.allowed.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.allowed);
		}

	}

}
