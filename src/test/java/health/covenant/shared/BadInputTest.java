package health.covenant.shared;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.agreements.AgreementDetails;
import health.covenant.agreements.AgreementKind;
import health.covenant.agreements.AgreementService;
import health.covenant.agreements.AgreementStatus;
import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationQuery;
import health.covenant.obligations.ObligationService;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Input no form would send, to every route of the application (enumerated from the handler
 * mapping, so a new route is covered without touching this test), as a user with every role: never
 * a 5xx; text no person could type is refused with 400 and changes nothing (no audit event under
 * the user's name).
 */
@IntegrationTest
class BadInputTest {

	/** Text no person could have typed: refused with 400 wherever it appears. */
	static final Map<String, String> MALFORMED = new LinkedHashMap<>();

	/** Odd but typeable values: each route answers them without a server error. */
	static final Map<String, String> ODD = new LinkedHashMap<>();

	static {
		MALFORMED.put("NUL", "a\u0000b");
		MALFORMED.put("bell", "a\u0007b");
		MALFORMED.put("lone high surrogate", "a\uD800b");
		MALFORMED.put("lone low surrogate", "\uDC00");
		MALFORMED.put("U+10FFFF", "ab\uDBFF\uDFFF");
		MALFORMED.put("U+FFFE", "\uFFFE");
		ODD.put("10k characters", "x".repeat(10_000));
		ODD.put("negative number", "-1");
		ODD.put("huge number", "99999999999999999999");
		ODD.put("unknown enum", "NOT_A_VALUE");
		ODD.put("year 99999", "+99999-01-01");
		ODD.put("braces and line break", "{x}\r\n/obligations");
	}

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserService users;

	@Autowired
	VendorService vendors;

	@Autowired
	AgreementService agreements;

	@Autowired
	ObligationService obligations;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	String email;

	long userId;

	long vendorId;

	long agreementId;

	long obligationId;

	@BeforeEach
	void demoLikeData() {
		this.email = "bad-input-" + UUID.randomUUID() + "@covenant.test";
		LocalDate today = this.clock.today();
		SystemActor.runAs(() -> {
			this.userId = this.users
				.createUser(this.email, "Bad Input", "correct horse battery", EnumSet.allOf(Role.class), TestClock.ZONE)
				.id();
			this.vendorId = this.vendors
				.register(VendorDetails.named("Bad Input " + UUID.randomUUID().toString().substring(0, 8), PhiAccess.PHI));
			this.vendors.changeStatus(this.vendorId, this.vendors.getView(this.vendorId).version(),
					LifecycleStatus.ONBOARDING);
			this.agreementId = this.agreements.create(this.vendorId,
					new AgreementDetails(AgreementKind.BAA, AgreementStatus.EXECUTED, today.minusMonths(6),
							today.plusDays(60), true, 12, 30, 10, BreachNoticeUnit.BUSINESS_DAYS, today.minusMonths(7),
							"Jane Doe", this.userId, null));
		});
		this.obligationId = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.obligations
				.search(new ObligationQuery(null, null, this.vendorId, null, null, true, false), 10)
				.stream()
				.map(Obligation::id)
				.findFirst()
				.orElse(null), (id) -> id != null);
	}

	@Test
	void everyRouteRefusesUntypeableTextWith400AndChangesNothing() throws Exception {
		List<String> failures = new ArrayList<>();
		for (Route route : routes()) {
			for (Map.Entry<String, String> input : MALFORMED.entrySet()) {
				List<Map.Entry<String, String>> params = new ArrayList<>();
				params.add(Map.entry("probe", input.getValue()));
				for (String name : route.params()) {
					params.add(Map.entry(name, input.getValue()));
				}
				check(failures, route, route.url(this::realValue), params, input.getKey() + " in parameters", true);
			}
			for (String variable : route.variables()) {
				String url = route.url((name) -> name.equals(variable) ? "1\u0000" : realValue(name, route));
				check(failures, route, url, List.of(), "NUL in {" + variable + "}", true);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void everyRouteAnswersOddValuesWithoutAServerError() throws Exception {
		List<String> failures = new ArrayList<>();
		for (Route route : routes()) {
			for (Map.Entry<String, String> input : ODD.entrySet()) {
				if (route.method() == HttpMethod.GET) {
					for (String name : route.params()) {
						check(failures, route, route.url(this::realValue), List.of(Map.entry(name, input.getValue())),
								input.getKey() + " in " + name, false);
					}
				}
				else if (!route.params().isEmpty()) {
					// a form: every field at once (each is converted and validated either way)
					check(failures, route, route.url(this::realValue),
							route.params().stream().map((name) -> Map.entry(name, input.getValue())).toList(),
							input.getKey() + " in every field", false);
				}
				for (String variable : route.variables()) {
					String url = route.url((name) -> name.equals(variable) ? input.getValue() : realValue(name, route));
					check(failures, route, url, List.of(), input.getKey() + " in {" + variable + "}", false);
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void aBackLinkWithALineBreakOrBracesIsRefusedBeforeTheAcknowledgement() throws Exception {
		for (String back : List.of("/obligations\r\nSet-Cookie: x=1", "/obligations?x={y}")) {
			this.mvc.perform(post("/obligations/{id}/acknowledge", this.obligationId).param("back", back)
				.with(signedIn())
				.with(csrf())).andExpect(status().isBadRequest());
		}
		assertThat(this.obligations.get(this.obligationId).acknowledgedAt()).isNull();

		this.mvc.perform(post("/obligations/{id}/acknowledge", this.obligationId).param("back", "/obligations?window=all")
			.with(signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(this.obligations.get(this.obligationId).acknowledgedAt()).isNotNull();
	}

	@Test
	void aDateBeyondYear9999InAFormIsAFieldErrorAndInAUrlA400() throws Exception {
		this.mvc.perform(post("/agreements/{id}", this.agreementId).param("kind", "BAA")
			.param("status", "EXECUTED")
			.param("effectiveDate", "+99999-01-01")
			.param("expirationDate", "2027-10-31")
			.param("version", "0")
			.with(signedIn())
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Enter a date (YYYY-MM-DD).")));
		this.mvc.perform(get("/audit").param("from", "+99999-01-01").with(signedIn())).andExpect(status().isBadRequest());
		this.mvc.perform(get("/audit").param("to", "-10000-01-01").with(signedIn())).andExpect(status().isBadRequest());
		this.mvc.perform(get("/obligations/calendar").param("month", "+999999999-12").with(signedIn()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/audit").param("from", "2026-11-01").with(signedIn())).andExpect(status().isOk());
	}

	@Test
	void aBadEnumDateOrPageNumberInTheAddressIsA400AndChangesNothing() throws Exception {
		long version = this.vendors.getView(this.vendorId).version();
		List<MockHttpServletRequestBuilder> refused = List.of(
				// an enum constant that does not exist
				get("/agreements").param("kind", "NOT_A_KIND"),
				get("/agreements/new").param("vendorId", String.valueOf(this.vendorId)).param("kind", "NOT_A_KIND"),
				post("/vendors/{id}/status", this.vendorId).param("status", "NOT_A_STATUS")
					.param("version", String.valueOf(version)),
				post("/account/notifications/preference").param("preference", "NOT_A_PREFERENCE"),
				// a date that is not one
				get("/audit").param("from", "2026-02-30"), get("/audit").param("to", "yesterday"),
				// a page number that is not a number
				get("/vendors").param("page", "two"), get("/audit").param("older", "1.5"),
				get("/agreements").param("page", "99999999999999999999"),
				get("/vendors").param("page", "two").header("HX-Request", "true"),
				// a required parameter left out
				post("/vendors/{id}/status", this.vendorId).param("version", String.valueOf(version)));
		long before = auditedByUser();
		for (MockHttpServletRequestBuilder request : refused) {
			this.mvc.perform(request.with(signedIn()).with(csrf())).andExpect(status().isBadRequest());
		}
		assertThat(auditedByUser()).isEqualTo(before);
		assertThat(this.vendors.getView(this.vendorId).version()).isEqualTo(version);

		// a path variable that names nothing is not found
		this.mvc.perform(get("/admin/settings/rules/NOT_A_KIND").with(signedIn())).andExpect(status().isNotFound());
		// the same parameters with good values
		this.mvc.perform(get("/vendors").param("page", "2").with(signedIn())).andExpect(status().isOk());
		this.mvc.perform(get("/agreements").param("kind", "BAA").param("page", "").with(signedIn()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/audit").param("from", "2026-02-28").with(signedIn())).andExpect(status().isOk());
	}

	@Test
	void theVendorSearchRefusesTheLastCodePointAndLoneSurrogates() throws Exception {
		for (String q : List.of("\uDBFF\uDFFF", "a\uDBFF\uDFFF", "\uD800", "ab\uDC00cd")) {
			this.mvc.perform(get("/vendors").param("q", q).with(signedIn())).andExpect(status().isBadRequest());
		}
		this.mvc.perform(get("/vendors").param("q", "\uDBFF\uDFFD").with(signedIn())).andExpect(status().isOk());
	}

	private void check(List<String> failures, Route route, String url, List<Map.Entry<String, String>> params,
			String what, boolean refused) {
		long before = auditedByUser();
		int status;
		try {
			MockHttpServletRequestBuilder request = request(route.method(), url).with(signedIn());
			if (route.method() != HttpMethod.GET) {
				request.with(csrf());
			}
			params.forEach((param) -> request.param(param.getKey(), param.getValue()));
			status = this.mvc.perform(request).andReturn().getResponse().getStatus();
		}
		catch (Exception ex) {
			failures.add(route + " with " + what + ": " + ex);
			return;
		}
		if (status >= 500) {
			failures.add(route + " with " + what + ": " + status);
		}
		else if (refused && status != 400) {
			failures.add(route + " with " + what + ": " + status + " instead of 400");
		}
		else if (refused && auditedByUser() != before) {
			failures.add(route + " with " + what + ": refused but audited a change");
		}
	}

	private long auditedByUser() {
		return this.jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = ?")
			.param(this.email)
			.query(Long.class)
			.single();
	}

	private RequestPostProcessor signedIn() {
		return user(this.email).roles(EnumSet.allOf(Role.class).stream().map(Role::name).toArray(String[]::new));
	}

	/** A value of demo-like data for a path variable, so that the handler gets past its lookup. */
	private String realValue(String variable, Route route) {
		String path = route.pattern();
		return switch (variable) {
			case "id" -> String.valueOf(path.startsWith("/vendors") ? this.vendorId
					: path.startsWith("/agreements") ? this.agreementId
							: path.startsWith("/admin/users") ? this.userId
									: path.startsWith("/obligations") ? this.obligationId : 1);
			case "code" -> "BAA-01";
			case "kind" -> ObligationKind.values()[0].name();
			case "token" -> "not-a-token";
			default -> "1";
		};
	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("health.covenant")) {
				return;
			}
			Set<HttpMethod> methods = new LinkedHashSet<>();
			info.getMethodsCondition().getMethods().forEach((m) -> methods.add(HttpMethod.valueOf(m.name())));
			if (methods.isEmpty()) {
				methods.add(HttpMethod.GET);
			}
			for (String pattern : patterns(info)) {
				for (HttpMethod method : methods) {
					routes.add(new Route(method, pattern, params(handler)));
				}
			}
		});
		assertThat(routes).hasSizeGreaterThan(40);
		return routes;
	}

	private static Set<String> patterns(RequestMappingInfo info) {
		return info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
				: info.getPatternValues();
	}

	/** The request parameters a handler reads: {@code @RequestParam}s and the fields of its forms. */
	private static List<String> params(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				if (!MultipartFile.class.isAssignableFrom(type)) {
					String name = requestParam.name().isEmpty() ? requestParam.value() : requestParam.name();
					names.add(name.isEmpty() ? parameter.getParameterName() : name);
				}
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class)
					|| (type.getPackageName().startsWith("health.covenant") && !type.isEnum()
							&& !type.isInterface())) {
				if (type.isRecord()) {
					for (RecordComponent component : type.getRecordComponents()) {
						names.add(component.getName());
					}
				}
				else {
					for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
						if (property.getWriteMethod() != null) {
							names.add(property.getName());
						}
					}
				}
			}
		}
		return List.copyOf(names);
	}

	record Route(HttpMethod method, String pattern, List<String> params) {

		List<String> variables() {
			List<String> names = new ArrayList<>();
			Matcher matcher = PATH_VARIABLE.matcher(this.pattern);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
			return names;
		}

		String url(java.util.function.BiFunction<String, Route, String> values) {
			return url((name) -> values.apply(name, this));
		}

		String url(java.util.function.Function<String, String> values) {
			Matcher matcher = PATH_VARIABLE.matcher(this.pattern);
			StringBuilder url = new StringBuilder();
			while (matcher.find()) {
				String value = org.springframework.web.util.UriUtils.encodePathSegment(values.apply(matcher.group(1)),
						java.nio.charset.StandardCharsets.UTF_8);
				matcher.appendReplacement(url, Matcher.quoteReplacement(value));
			}
			matcher.appendTail(url);
			return url.toString();
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

}
