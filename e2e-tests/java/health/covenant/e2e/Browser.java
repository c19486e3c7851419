package health.covenant.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.context.ApplicationContext;

/**
 * A headless Chromium driving the running application, with the helpers browser tests need: sign
 * in as a fresh user of given roles, open pages, wait for htmx to settle, and check every page
 * (axe accessibility scan, no Content-Security-Policy violations). One per test class.
 */
public final class Browser implements AutoCloseable {

	/** Password of every user created by {@link #createUser(Role...)}. */
	public static final String PASSWORD = TestUsers.PASSWORD;

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	/** How often explicit waits look again (Selenium's default, 500 ms, would dominate the suite's time). */
	static final Duration POLL = Duration.ofMillis(50);

	static final boolean TRACE = Boolean.getBoolean("e2e.trace");

	static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");

	/**
	 * Installed in every document before its own scripts run: counts htmx requests started and
	 * finished, and records Content-Security-Policy violations of the current document.
	 */
	private static final String PAGE_PROBE = """
			(function () {
			  if (window.__e2e) { return; }
			  var probe = window.__e2e = { started: 0, finished: 0, csp: [] };
			  document.addEventListener('htmx:beforeRequest', function () { probe.started++; });
			  document.addEventListener('htmx:afterRequest', function () { probe.finished++; });
			  document.addEventListener('securitypolicyviolation', function (e) {
			    probe.csp.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
			  });
			})();
			""";

	private static final String HTMX_IDLE = """
			var p = window.__e2e;
			return !!p && p.started === p.finished
			  && document.querySelectorAll('.htmx-request, .htmx-swapping, .htmx-settling, .htmx-added').length === 0;
			""";

	/**
	 * The structure of the page (elements, ids, classes, roles, types, ARIA and label wiring, with
	 * generated numbers blanked out): a page whose structure was already scanned at the same path
	 * is not scanned again, which keeps the suite fast without skipping any distinct page or state.
	 */
	private static final String STRUCTURE = """
			var parts = [document.title];
			document.querySelectorAll('body *').forEach(function (e) {
			  var a = [e.tagName, e.id, e.className, e.getAttribute('role'), e.getAttribute('type'),
			           e.getAttribute('for'), e.getAttribute('aria-label'), e.getAttribute('aria-describedby'),
			           e.getAttribute('aria-invalid'), e.hidden, e.disabled, e.children.length === 0 ? e.textContent.length > 0 : ''];
			  parts.push(a.join('|'));
			});
			var s = parts.join(';').replace(/[0-9]+/g, '#');
			var h = 0;
			for (var i = 0; i < s.length; i++) { h = (h * 31 + s.charCodeAt(i)) | 0; }
			return h + ':' + s.length;
			""";

	/** Page structures already scanned by axe in this JVM (see {@link #STRUCTURE}). */
	private static final Set<String> SCANNED = ConcurrentHashMap.newKeySet();

	private final ChromeDriver driver;

	private final Path userDataDir;

	private final String baseUrl;

	private final UserService users;

	private final Authenticator authenticator;

	private final WebDriverWait wait;

	private boolean consoleLogReadable = true;

	private Browser(ChromeDriver driver, Path userDataDir, String baseUrl, UserService users,
			Authenticator authenticator) {
		this.driver = driver;
		this.userDataDir = userDataDir;
		this.baseUrl = baseUrl;
		this.users = users;
		this.authenticator = authenticator;
		this.wait = new WebDriverWait(driver, TIMEOUT, POLL);
	}

	static Browser start(ApplicationContext application) {
		String port = application.getEnvironment().getRequiredProperty("local.server.port");
		if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
			throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM + " and ChromeDriver at "
					+ CHROMEDRIVER + " (Debian: apt-get install chromium chromium-driver; other paths: "
					+ "-De2e.chromium=… -De2e.chromedriver=…; skip browser tests: -DskipITs)");
		}
		Path userDataDir;
		try {
			userDataDir = Files.createTempDirectory("covenant-e2e-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + userDataDir, "--window-size=1366,860", "--lang=en-US");
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PAGE_PROBE));
		return new Browser(driver, userDataDir, "http://localhost:" + port,
				application.getBean(UserService.class), new Authenticator(application.getBean(Clock.class)));
	}

	public WebDriver driver() {
		return this.driver;
	}

	public String url(String path) {
		return this.baseUrl + path;
	}

	/** The current path and query, e.g. {@code /vendors?q=scribe}. */
	public String currentPath() {
		String url = this.driver.getCurrentUrl();
		return url.startsWith(this.baseUrl) ? url.substring(this.baseUrl.length()) : url;
	}

	/** Signs out (forgets every cookie) and forgets console messages: a clean start for a test. */
	void reset() {
		if (this.driver.getCurrentUrl().startsWith(this.baseUrl)) {
			this.driver.manage().deleteAllCookies();
		}
		consoleErrors();
	}

	// ---- users -------------------------------------------------------------------------------

	/** Creates an enabled user with these roles and {@link #PASSWORD}; returns the e-mail. */
	public String createUser(Role... roles) {
		return TestUsers.create(this.users, roles);
	}

	/**
	 * Creates a user with these roles and signs in as them through the sign-in page; a role that
	 * requires a second factor sets up the authenticator app on the way, as the user would.
	 */
	public String signInAs(Role... roles) {
		String email = createUser(roles);
		signIn(email, PASSWORD);
		if ("/login/enrol".equals(currentPath())) {
			enrolAuthenticatorApp(email);
			clickAndWaitForPage(find(By.linkText("I have saved them")));
		}
		check(ExpectedConditions.urlToBe(url("/")));
		return email;
	}

	/** The user's authenticator app (see {@link Authenticator}). */
	public Authenticator authenticator() {
		return this.authenticator;
	}

	/**
	 * On the enrolment page: reads the secret shown for manual entry, enters the app's code and
	 * submits; ends on the page showing the recovery codes.
	 */
	public void enrolAuthenticatorApp(String email) {
		String code = this.authenticator.enrol(email, text(By.id("secret")));
		find(By.id("code")).sendKeys(code);
		clickAndWaitForPage(find(By.cssSelector("main form button[type=submit]")));
	}

	/** On the code prompt after the password: enters the app's current code. */
	public void enterAuthenticatorCode(String email) {
		find(By.id("code")).sendKeys(this.authenticator.code(email));
		clickAndWaitForPage(find(By.cssSelector("form[action$='/login/code'] button[type=submit]")));
	}

	/** Signs out with the button in the top bar; ends on the sign-in page. */
	public void signOut() {
		clickAndWaitForPage(find(By.cssSelector("form[action$='/logout'] button")));
		check(ExpectedConditions.urlToBe(url("/login?logout")));
	}

	/** Fills in and submits the sign-in form (ends on whatever page the app answers with). */
	public void signIn(String email, String password) {
		open("/login");
		WebElement username = find(By.id("username"));
		username.clear();
		username.sendKeys(email);
		find(By.id("password")).sendKeys(password);
		clickAndWaitForPage(find(By.cssSelector("form[action$='/login'] button[type=submit]")));
	}

	// ---- navigation --------------------------------------------------------------------------

	/** Opens a path of the application and checks the page (see {@link #checkPage()}). */
	public Browser open(String path) {
		long start = System.nanoTime();
		this.driver.get(url(path));
		trace("get", path, start);
		pageLoaded();
		return this;
	}

	/** Clicks something that loads a new page (link, form button), waits for it and checks it. */
	public void clickAndWaitForPage(WebElement element) {
		long start = System.nanoTime();
		WebElement oldPage = this.driver.findElement(By.tagName("html"));
		element.click();
		this.wait.until(ExpectedConditions.stalenessOf(oldPage));
		trace("click", currentPath(), start);
		pageLoaded();
	}

	private void pageLoaded() {
		this.wait.until((driver) -> "complete".equals(js("return document.readyState")));
		waitForHtmx();
		checkPage();
	}

	/**
	 * Checks the page as it is now: no serious or critical axe violations, no Content Security
	 * Policy violations. Runs on every page load; call it again after htmx changed the page.
	 */
	public void checkPage() {
		String path = URI.create(this.driver.getCurrentUrl()).getPath();
		if (SCANNED.add(path + " " + js(STRUCTURE))) {
			long start = System.nanoTime();
			Accessibility.check(this.driver);
			trace("axe", path, start);
		}
		assertNoCspViolations();
	}

	/** With {@code -De2e.trace=true}: how long page loads, htmx exchanges and scans take. */
	private static void trace(String what, String detail, long startNanos) {
		if (TRACE) {
			System.out.printf("e2e %-5s %5d ms %s%n", what, (System.nanoTime() - startNanos) / 1_000_000, detail);
		}
	}

	// ---- htmx --------------------------------------------------------------------------------

	/** Waits until no htmx request is in flight and no swap is settling. */
	public void waitForHtmx() {
		waiting("htmx did not settle").until((driver) -> Boolean.TRUE.equals(js(HTMX_IDLE)));
	}

	/**
	 * Runs an action that makes htmx send a request (possibly after a debounce delay), then waits
	 * until that request has finished and its content has settled.
	 */
	public void htmx(Runnable action) {
		long start = System.nanoTime();
		long before = htmxRequestsFinished();
		action.run();
		waiting("no htmx request completed after the action")
			.until((driver) -> htmxRequestsFinished() > before && Boolean.TRUE.equals(js(HTMX_IDLE)));
		trace("htmx", currentPath(), start);
	}

	private WebDriverWait waiting(String message) {
		WebDriverWait wait = new WebDriverWait(this.driver, TIMEOUT, POLL);
		wait.withMessage(message);
		return wait;
	}

	private long htmxRequestsFinished() {
		Object finished = js("return window.__e2e ? window.__e2e.finished : 0");
		return ((Number) finished).longValue();
	}

	// ---- look-ups ----------------------------------------------------------------------------

	public WebElement find(By by) {
		return this.wait.until(ExpectedConditions.presenceOfElementLocated(by));
	}

	public List<WebElement> findAll(By by) {
		return this.driver.findElements(by);
	}

	public boolean isPresent(By by) {
		return !this.driver.findElements(by).isEmpty();
	}

	/** Waits (up to {@link #TIMEOUT}) until the condition holds; explicit waits only, no sleeping. */
	public <T> T check(Function<WebDriver, T> condition) {
		return this.wait.until(condition);
	}

	public String text(By by) {
		return find(by).getText();
	}

	public String pageText() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	public String pageSource() {
		return this.driver.getPageSource();
	}

	public Object js(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	public Cookie cookie(String name) {
		return this.driver.manage().getCookieNamed(name);
	}

	/**
	 * POSTs a form from inside the page with {@code fetch}, sending the page's CSRF header (as htmx
	 * would) and the session cookie; returns the HTTP status. Used to forge requests the UI hides.
	 */
	public int postFromPage(String path, Map<String, String> form) {
		Object status = ((JavascriptExecutor) this.driver).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				var headers = JSON.parse(document.body.getAttribute('hx-headers') || '{}');
				headers['Content-Type'] = 'application/x-www-form-urlencoded';
				fetch(arguments[0], { method: 'POST', headers: headers, body: new URLSearchParams(arguments[1]),
				    redirect: 'manual', credentials: 'same-origin' })
				  .then(function (r) { done(r.status); }, function (e) { done(-1); });
				""", path, form);
		return ((Number) status).intValue();
	}

	// ---- Content Security Policy ---------------------------------------------------------------

	/** Whether ChromeDriver hands out the browser console log (it does for Chromium today). */
	public boolean consoleLogReadable() {
		return this.consoleLogReadable;
	}

	/**
	 * Console messages of level SEVERE since the last call (the console log is drained on read);
	 * an empty list when ChromeDriver cannot provide the log.
	 */
	public List<String> consoleErrors() {
		if (!this.consoleLogReadable) {
			return List.of();
		}
		try {
			List<String> errors = new ArrayList<>();
			for (LogEntry entry : this.driver.manage().logs().get(LogType.BROWSER)) {
				if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
					errors.add(entry.getMessage());
				}
			}
			return errors;
		}
		catch (WebDriverException ex) {
			this.consoleLogReadable = false;
			return List.of();
		}
	}

	/** CSP violations: from the console log (all pages since the last check) and from the page. */
	@SuppressWarnings("unchecked")
	public List<String> cspViolations() {
		List<String> violations = new ArrayList<>();
		consoleErrors().stream().filter((message) -> message.contains("Content Security Policy")).forEach(violations::add);
		Object fromPage = js("return window.__e2e ? window.__e2e.csp.splice(0) : []");
		violations.addAll((List<String>) fromPage);
		return violations;
	}

	private void assertNoCspViolations() {
		List<String> violations = cspViolations();
		if (!violations.isEmpty()) {
			throw new AssertionError("Content Security Policy violations on " + this.driver.getCurrentUrl() + ":\n- "
					+ String.join("\n- ", violations));
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(this.userDataDir)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
			catch (IOException ex) {
				// a temporary directory; not worth failing a test for
			}
		}
	}

}
