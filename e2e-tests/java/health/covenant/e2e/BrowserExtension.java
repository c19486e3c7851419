package health.covenant.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts one headless Chromium per test class when a test first asks for a {@link Browser}
 * parameter (closed after the class), signs out between tests by
 * clearing cookies, resolves {@link Browser} parameters, and on a failed test saves a screenshot
 * and the page source under {@code target/e2e-failures/}.
 */
final class BrowserExtension
		implements AfterAllCallback, BeforeEachCallback, ParameterResolver, TestWatcher {

	static final Path FAILURES = Path.of("target", "e2e-failures");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public void afterAll(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
		if (browser != null) {
			browser.close();
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		Browser browser = browser(context);
		if (browser != null) {
			browser.reset();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Browser browser = browser(context);
		if (browser == null) {
			ExtensionContext classContext = context.getParent().orElseThrow();
			ApplicationContext application = SpringExtension.getApplicationContext(classContext);
			browser = Browser.start(application);
			classContext.getStore(NAMESPACE).put(Browser.class, browser);
		}
		return browser;
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		Browser browser = browser(context);
		if (browser == null) {
			return;
		}
		String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
				+ "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss"));
		try {
			Files.createDirectories(FAILURES);
			byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
			Files.write(FAILURES.resolve(name + ".png"), png);
			Files.writeString(FAILURES.resolve(name + ".html"),
					"<!-- " + browser.driver().getCurrentUrl() + " -->\n" + browser.driver().getPageSource());
			System.err.println("Browser test failed: screenshot and page source saved as "
					+ FAILURES.resolve(name).toAbsolutePath() + ".{png,html}");
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("Could not save the failure screenshot: " + ex);
		}
	}

	private static Browser browser(ExtensionContext context) {
		// Stores are hierarchical: a test method's store sees its class's browser.
		return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
	}

}
