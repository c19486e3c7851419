package health.covenant;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import health.covenant.agreements.AgreementDetails;
import health.covenant.agreements.AgreementDocumentKind;
import health.covenant.agreements.AgreementKind;
import health.covenant.agreements.AgreementService;
import health.covenant.agreements.AgreementStatus;
import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.agreements.ClauseStatus;
import health.covenant.documents.TestFiles;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.notifications.ActionLinks;
import health.covenant.notifications.CalendarFeeds;
import health.covenant.notifications.MailCapture;
import health.covenant.notifications.NotificationSender;
import health.covenant.notifications.QueuedMails;
import health.covenant.notifications.ReminderEngine;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationQuery;
import health.covenant.obligations.ObligationService;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.AiProfileDetails;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.RecordVolume;
import health.covenant.vendors.ServiceCategory;
import health.covenant.vendors.SubprocessorDetails;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static health.covenant.WebTestSupport.as;
import static health.covenant.WebTestSupport.htmx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Stored XSS: a corpus of payloads goes into every free-text field (vendor, contacts, AI profile, sub-processor,
 * agreement, clause, document file name, user display name, and through them obligation titles, the audit log,
 * the calendar feed and the e-mails); every page that shows them is parsed and must hold no element, attribute,
 * script URL or evaluated template expression coming from a payload.
 */
@IntegrationTest
@ExtendWith(ParksOtherTestsObligations.class)
class StoredXssTest {

	/**
	 * Each payload carries the marker "xss", so anything a payload injects (an element, an event handler, an htmx
	 * attribute, a script) can be told apart from the page's own markup; template expressions are wrapped in the
	 * marker so that an evaluation shows as "xss49xss".
	 */
	static final List<String> PAYLOADS = List.of(
			"<script>xss(1)</script>",
			"<img src=x onerror=xss(2)>",
			"\"><img src=x onerror=xss(3)>",
			"'><svg onload=xss(4)>",
			"\" onmouseover=\"xss(5)\" x=\"",
			"' onfocus='xss(6)' autofocus x='",
			"javascript:xss(7)",
			" JaVaScRiPt:xss(8)",
			"<a href=\"javascript:xss(9)\">xss</a>",
			"<svg><script>xss(10)</script></svg>",
			"<svg/onload=xss(11)>",
			"<iframe srcdoc=\"<script>xss(12)</script>\"></iframe>",
			"<body onload=xss(13)>",
			"</textarea><script>xss(14)</script>",
			"</title><script>xss(15)</script>",
			"</style><script>xss(16)</script>",
			"<style>*{background:url(javascript:xss(17))}</style>",
			"red;background-image:url(javascript:xss(18))",
			"xss[[${7*7}]]xss",
			"xss[(${7*7})]xss",
			"xss__${7*7}__xss",
			"xss${7*7}xss",
			"xss*{7*7}xss",
			"xss#{7*7}xss",
			"xss|${7*7}|xss",
			"<math><mtext><table><mglyph><style><img src=x onerror=xss(26)>",
			"<!--<img src=x onerror=xss(27)>-->",
			"&lt;script&gt;xss(28)&lt;/script&gt;",
			"<details open ontoggle=xss(29)>",
			"<form action=\"javascript:xss(30)\"><button>xss</button></form>",
			"<object data=\"data:text/html,<script>xss(31)</script>\"></object>",
			"<div hx-get=\"/xss\" hx-trigger=\"load\">xss</div>",
			"<div hx-on:htmx:load=\"xss(33)\">xss</div>",
			"{{constructor.constructor('xss(34)')()}}",
			"<input autofocus onfocus=xss(35)>");

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
			"data", "background", "poster", "ping", "hx-get", "hx-post");

	private static final Pattern SCRIPT_URL = Pattern.compile("^(javascript|vbscript|data\\s*:\\s*text/html)");

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	VendorService vendors;

	@Autowired
	AgreementService agreements;

	@Autowired
	UserService users;

	@Autowired
	ObligationService obligations;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	ActionLinks links;

	@Autowired
	ReminderEngine engine;

	@Autowired
	NotificationSender sender;

	@Autowired
	MailCapture capture;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	/** What one payload was stored in. */
	record Stored(int number, String payload, String label, UserSummary owner, long vendorId, long agreementId,
			long documentId, String feedToken) {
	}

	private OtherTestsAccounts otherTests;

	/** The reminder run mails only this test's owners (the other tests' accounts are disabled meanwhile). */
	@BeforeEach
	void onlyThisTestsPeople() {
		this.otherTests = new OtherTestsAccounts(this.jdbc);
		this.otherTests.disable();
	}

	@AfterEach
	void clearMail() {
		this.capture.clear();
		this.otherTests.restore();
	}

	@Test
	void storedPayloadsAreNeverRenderedAsMarkupOrEvaluated() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		List<Stored> corpus = new ArrayList<>();
		for (int i = 0; i < PAYLOADS.size(); i++) {
			corpus.add(store(i + 1, PAYLOADS.get(i), tag));
		}
		for (Stored stored : corpus) {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> !ownedObligations(stored.owner()).isEmpty());
		}
		this.capture.start();
		this.capture.clear();
		SystemActor.runAs(() -> {
			this.engine.run();
			this.sender.sendDue();
		});

		List<String> findings = new ArrayList<>();
		RequestPostProcessor admin = as(Role.ADMIN);
		for (Stored s : corpus) {
			RequestPostProcessor owner = user(s.owner().email()).roles(Role.LEGAL.name());
			List<Obligation> owned = ownedObligations(s.owner());
			Obligation obligation = owned.get(0);
			String actionToken = this.links.token(s.owner().id(), obligation.id(), obligation.dueDate(),
					this.clock.today());
			page(findings, s, admin, get("/vendors/{id}", s.vendorId()));
			page(findings, s, admin, get("/vendors/{id}/edit", s.vendorId()));
			page(findings, s, admin, get("/vendors/{id}/ai-profile", s.vendorId()));
			page(findings, s, admin, get("/vendors/{id}/agreements", s.vendorId()).with(htmx()));
			page(findings, s, admin, get("/agreements").param("vendorId", String.valueOf(s.vendorId())));
			page(findings, s, admin, get("/agreements/{id}", s.agreementId()));
			page(findings, s, admin, get("/agreements/{id}/edit", s.agreementId()));
			page(findings, s, admin, get("/admin/users/{id}/edit", s.owner().id()));
			page(findings, s, owner, get("/obligations/panel"));
			page(findings, s, owner, get("/account/notifications"));
			page(findings, s, anonymous(), get("/public/obligations/action").param("token", actionToken));
			calendar(findings, s);
			mails(findings, s);
		}
		// pages that list every payload at once
		for (String path : List.of("/", "/vendors/panel", "/admin/users", "/notifications",
				"/notifications/mailbox")) {
			page(findings, null, admin, get(path));
		}
		for (int pageNumber = 1; pageNumber <= 2; pageNumber++) {
			page(findings, null, admin, get("/vendors").param("q", tag).param("page", String.valueOf(pageNumber)));
			page(findings, null, admin,
					get("/vendors").param("q", tag).param("page", String.valueOf(pageNumber)).with(htmx()));
		}
		page(findings, null, admin, get("/obligations").param("owner", "any").param("window", "all"));
		for (int month = 0; month <= 3; month++) {
			page(findings, null, admin, get("/obligations/calendar").param("owner", "any")
				.param("month", YearMonth.from(this.clock.today()).plusMonths(month).toString()));
		}
		for (String entityType : List.of("Vendor", "Agreement", "Document", "User")) {
			for (int pageNumber = 1; pageNumber <= 3; pageNumber++) {
				page(findings, null, admin, get("/audit").param("entityType", entityType)
					.param("page", String.valueOf(pageNumber)));
			}
		}
		// one delivered message per payload, as the demo mailbox shows it
		Set<String> recipients = corpus.stream().map((s) -> s.owner().email()).collect(Collectors.toSet());
		for (MailCapture.CapturedMessage message : this.capture.messages()) {
			if (message.to().stream().anyMatch(recipients::remove)) {
				page(findings, null, admin, get("/notifications/mailbox/{number}", message.number()));
			}
		}
		assertThat(findings).as("payloads rendered as markup, script URLs or evaluated expressions").isEmpty();
	}

	/** Stores the payload in every free-text field, through the services, as an administrator would. */
	private Stored store(int number, String payload, String tag) {
		String label = "P" + number + "-" + tag;
		String text = label + " " + payload;
		Stored[] stored = new Stored[1];
		SystemActor.runAs(() -> {
			LocalDate today = this.clock.today();
			UserSummary owner = this.users.createUser("xss-" + number + "-" + tag + "@covenant.test",
					fit(text, 120), "not-used-password-1", Set.of(Role.LEGAL), TestClock.ZONE);
			VendorDetails.Contact contact = new VendorDetails.Contact(fit(text, 120), "xss@example.invalid", null);
			long vendor = this.vendors.register(new VendorDetails(text, text, null, text, ServiceCategory.OTHER,
					owner.id(), contact, contact, PhiAccess.PHI, RecordVolume.UNDER_1K, null, text, fit(text, 100)));
			this.vendors.updateAiProfile(vendor, this.vendors.getAiProfile(vendor).version(),
					new AiProfileDetails(null, null, false, null, true, "https://example.invalid/card", null, null, null,
							null, null, null, false, false, null, false, false, null, false, null, text, null, null,
							false, false, false, false, null, null, text));
			// The service refuses malformed web addresses, e-mails and phone numbers; rows from before that rule
			// (or written by other means) may still hold them, so the payloads go into those columns directly.
			this.jdbc
				.sql("UPDATE vendor SET website = :payload, primary_contact_email = :email,"
						+ " primary_contact_phone = :phone, security_contact_email = :email,"
						+ " security_contact_phone = :phone WHERE id = :id")
				.param("payload", payload)
				.param("email", fit(payload, 254))
				.param("phone", fit(payload, 40))
				.param("id", vendor)
				.update();
			this.jdbc.sql("UPDATE ai_profile SET model_card_url = :payload WHERE vendor_id = :id")
				.param("payload", payload)
				.param("id", vendor)
				.update();
			this.vendors.addSubprocessor(vendor, new SubprocessorDetails(text, text, fit(text, 100), false, false));
			long agreement = this.agreements.create(vendor,
					new AgreementDetails(AgreementKind.BAA, AgreementStatus.EXECUTED, today.minusDays(275),
							today.plusDays(90), true, 12, 60, 30, BreachNoticeUnit.CALENDAR_DAYS,
							today.minusDays(280), text, owner.id(), text));
			this.agreements.updateClause(agreement, "BAA-01", ClauseStatus.PRESENT, text, fit(text, 100));
			long document = this.agreements
				.upload(agreement, AgreementDocumentKind.SIGNED, text + ".pdf", TestFiles.pdf("xss"))
				.id();
			String feedUrl = this.feeds.create(owner.id());
			String token = feedUrl.substring(feedUrl.lastIndexOf('/') + 1, feedUrl.length() - ".ics".length());
			stored[0] = new Stored(number, payload, label, owner, vendor, agreement, document, token);
		});
		return stored[0];
	}

	private List<Obligation> ownedObligations(UserSummary owner) {
		return this.obligations.search(new ObligationQuery(null, owner.id(), null, null, null, true, false), 50);
	}

	private void page(List<String> findings, Stored stored, RequestPostProcessor auth,
			MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request.with(auth)).andReturn();
		MockHttpServletResponse response = result.getResponse();
		StringBuilder params = new StringBuilder();
		result.getRequest().getParameterMap().forEach((name, values) -> params.append(params.isEmpty() ? "?" : "&")
			.append(name).append('=').append(String.join(",", values)));
		String where = result.getRequest().getRequestURI() + params
				+ (stored == null ? "" : " (payload " + stored.number() + ")");
		if (response.getStatus() != 200) {
			findings.add(where + ": expected the page, got status " + response.getStatus());
			return;
		}
		inspect(findings, where, response.getContentAsString());
	}

	/** The feed is text/calendar (never HTML) and stays a valid calendar with the payloads as text. */
	private void calendar(List<String> findings, Stored stored) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/calendar/{token}.ics", stored.feedToken()).with(anonymous()))
			.andReturn()
			.getResponse();
		String where = "calendar feed (payload " + stored.number() + ")";
		if (response.getStatus() != 200 || !String.valueOf(response.getContentType()).startsWith("text/calendar")) {
			findings.add(where + ": got " + response.getStatus() + " " + response.getContentType());
			return;
		}
		String body = response.getContentAsString();
		try {
			new CalendarBuilder().build(new StringReader(body));
		}
		catch (Exception ex) {
			findings.add(where + ": not a valid calendar any more (" + ex.getClass().getSimpleName() + ")");
		}
		if (body.contains("xss49xss")) {
			findings.add(where + ": a template expression was evaluated");
		}
	}

	/** Every reminder e-mail queued for the payload's owner: the HTML body inspected like a page. */
	private void mails(List<String> findings, Stored stored) {
		List<Map<String, Object>> mails = QueuedMails.to(this.context, stored.owner().id());
		if (mails.isEmpty()) {
			findings.add("no reminder e-mail was queued for payload " + stored.number());
		}
		for (Map<String, Object> mail : mails) {
			String where = "e-mail \"" + mail.get("subject") + "\" (payload " + stored.number() + ")";
			inspect(findings, where, (String) mail.get("html_body"));
			for (String part : List.of((String) mail.get("subject"), (String) mail.get("text_body"))) {
				if (part.contains("xss49xss")) {
					findings.add(where + ": a template expression was evaluated in the subject or text");
				}
			}
		}
	}

	/** Parses the HTML and reports anything a payload managed to inject. */
	static void inspect(List<String> findings, String where, String html) {
		if (html.contains("xss49xss")) {
			findings.add(where + ": a template expression was evaluated (xss49xss)");
		}
		for (String payload : PAYLOADS) {
			if (payload.chars().anyMatch((c) -> c == '<' || c == '>' || c == '"' || c == '\'')
					&& html.contains(payload)) {
				findings.add(where + ": payload present unescaped: " + payload);
			}
		}
		Document document = Jsoup.parse(html);
		for (Element element : document.getAllElements()) {
			String tag = element.tagName().toLowerCase(Locale.ROOT);
			if (tag.contains("xss")) {
				findings.add(where + ": injected element <" + tag + ">");
			}
			if ((tag.equals("script") || tag.equals("style")) && element.data().contains("xss")) {
				findings.add(where + ": payload inside <" + tag + ">: " + abbreviate(element.data()));
			}
			if (tag.equals("iframe") && element.hasAttr("srcdoc")) {
				// A document of its own (the mailbox shows an e-mail's HTML part so): it must be sandboxed
				// without scripts, and is inspected like any page.
				String sandbox = element.attr("sandbox").toLowerCase(Locale.ROOT);
				if (!element.hasAttr("sandbox") || sandbox.contains("allow-scripts")) {
					findings.add(where + ": <iframe srcdoc> without a script-free sandbox");
				}
				inspect(findings, where + " (iframe srcdoc)", element.attr("srcdoc"));
			}
			for (Attribute attribute : element.attributes()) {
				String key = attribute.getKey().toLowerCase(Locale.ROOT);
				if (tag.equals("iframe") && key.equals("srcdoc")) {
					continue;
				}
				String value = attribute.getValue();
				String url = value.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
				// "xss(" and "/xss" cannot occur in the page's own random tokens (Base64URL), only in a payload
				boolean marked = value.contains("xss(") || value.contains("/xss");
				if (key.contains("xss") || (marked && (key.startsWith("on") || key.startsWith("hx-")
						|| key.startsWith("data-hx-") || key.equals("style") || key.equals("srcdoc")))) {
					findings.add(where + ": injected attribute on <" + tag + ">: " + key + "=\"" + abbreviate(value)
							+ "\"");
				}
				if (URL_ATTRIBUTES.contains(key) && SCRIPT_URL.matcher(url).find()) {
					findings.add(where + ": script URL in <" + tag + " " + key + "=\"" + abbreviate(value) + "\">");
				}
			}
		}
	}

	private static String fit(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private static String abbreviate(String text) {
		return text.length() <= 120 ? text : text.substring(0, 120) + "…";
	}

}
