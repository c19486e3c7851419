package health.covenant.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user agent without a browser (JDK {@link HttpClient}): keeps its session cookie, does not
 * follow redirects, and can sign in through the real sign-in form. For checks over real HTTP that a
 * browser would hide (status codes, forged requests, raw error pages).
 */
public final class HttpSession {

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern CSRF_HEADER = Pattern.compile("hx-headers=\"\\{&quot;([^&]+)&quot;: ?&quot;([^&]+)&quot;\\}\"");

	private static final Pattern SECRET = Pattern.compile("<code id=\"secret\" class=\"secret\">([A-Z2-7 ]+)</code>");

	private final String baseUrl;

	private final Authenticator authenticator;

	private final HttpClient client;

	public HttpSession(String baseUrl) {
		this(baseUrl, null);
	}

	/** With an authenticator app, for users whose role makes them set one up at sign-in. */
	public HttpSession(String baseUrl, Authenticator authenticator) {
		this.baseUrl = baseUrl;
		this.authenticator = authenticator;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/**
	 * Signs in through {@code /login} like a browser would (setting up the authenticator app when
	 * the role requires one and this session has an {@link Authenticator}); fails unless it lands
	 * on {@code /}.
	 */
	public HttpSession signIn(String email, String password) {
		String csrf = csrfField(get("/login").body());
		HttpResponse<String> response = postForm("/login",
				Map.of("username", email, "password", password, "_csrf", csrf), Map.of());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() == 302 && location.endsWith("/login/enrol") && this.authenticator != null) {
			return enrolAuthenticatorApp(email);
		}
		if (response.statusCode() != 302 || !location.endsWith("/")) {
			throw new AssertionError("sign-in of " + email + " failed: " + response.statusCode() + " → " + location);
		}
		return this;
	}

	private HttpSession enrolAuthenticatorApp(String email) {
		String page = get("/login/enrol").body();
		Matcher secret = SECRET.matcher(page);
		if (!secret.find()) {
			throw new AssertionError("no secret on the enrolment page of " + email);
		}
		HttpResponse<String> response = postForm("/login/enrol",
				Map.of("code", this.authenticator.enrol(email, secret.group(1)), "_csrf", csrfField(page)), Map.of());
		if (response.statusCode() != 200) {
			throw new AssertionError("enrolment of " + email + " failed: " + response.statusCode());
		}
		return this;
	}

	public HttpResponse<String> get(String path) {
		return get(path, Map.of());
	}

	/** GETs with extra headers (e.g. {@code HX-Request} as htmx sends it). */
	public HttpResponse<String> get(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept", "text/html")
			.GET();
		headers.forEach(request::header);
		return send(request.build());
	}

	/** POSTs a form with extra headers (e.g. the CSRF header a page carries for htmx). */
	public HttpResponse<String> postForm(String path, Map<String, String> form, Map<String, String> headers) {
		String body = form.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return send(request.build());
	}

	/** POSTs a body of any content type as it is (e.g. a malformed multipart request). */
	public HttpResponse<String> post(String path, String contentType, String body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept", "text/html")
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return send(request.build());
	}

	/** The CSRF token of the first form on a page ({@code <input name="_csrf">}). */
	public static String csrfField(String html) {
		Matcher matcher = CSRF_INPUT.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("no _csrf field in the page");
		}
		return matcher.group(1);
	}

	/** The CSRF header htmx sends from a signed-in page (name → token, from the body's hx-headers). */
	public static Map<String, String> csrfHeader(String html) {
		Matcher matcher = CSRF_HEADER.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("no hx-headers CSRF header in the page");
		}
		return Map.of(matcher.group(1), matcher.group(2));
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
