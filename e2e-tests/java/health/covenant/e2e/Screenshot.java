package health.covenant.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A tool, not a test: signs in to a running Covenant and saves a 1366×860 screenshot of one page
 * (used for the README). Usage, with the test classpath:
 * {@code java health.covenant.e2e.Screenshot http://localhost:18084 admin@covenant.test covenant-demo /vendors out.png}
 */
public final class Screenshot {

	private Screenshot() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 5 && args.length != 7) {
			System.err.println("usage: Screenshot BASE_URL EMAIL PASSWORD PATH OUT.png [INPUT_ID TEXT]");
			System.exit(2);
		}
		String base = args[0];
		Path userDataDir = Files.createTempDirectory("covenant-screenshot-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(Browser.CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + userDataDir, "--window-size=1366,860", "--hide-scrollbars", "--lang=en-US");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(Browser.CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		try {
			WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
			driver.get(base + "/login");
			driver.findElement(By.id("username")).sendKeys(args[1]);
			driver.findElement(By.id("password")).sendKeys(args[2]);
			driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
			try {
				wait.until((d) -> !driver.getCurrentUrl().equals(base + "/login"));
			}
			catch (RuntimeException ex) {
				Files.writeString(Path.of(args[4] + ".html"), driver.getPageSource());
				throw ex;
			}
			if (driver.getCurrentUrl().contains("/login")) {
				throw new IllegalStateException("sign-in failed: " + driver.getCurrentUrl());
			}
			wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
			// The picture is exactly 1366×860 CSS pixels, whatever the window decorations take.
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					java.util.Map.of("width", 1366, "height", 860, "deviceScaleFactor", 1, "mobile", false));
			driver.get(base + args[3]);
			wait.until((d) -> "complete".equals(driver.executeScript("return document.readyState")));
			wait.until((d) -> Boolean.TRUE.equals(driver.executeScript(
					"return document.querySelectorAll('.htmx-request, .htmx-settling').length === 0"
							+ " && Array.from(document.querySelectorAll('[hx-trigger=load]'))"
							+ ".every(function (e) { return !e.textContent.includes('Loading\u2026'); })")));
			if (args.length == 7) {
				// type into an input (e.g. a typeahead) and show what it offers, the first option active
				driver.findElement(By.id(args[5])).sendKeys(args[6]);
				wait.until((d) -> !driver.findElements(By.cssSelector("[role=option]")).isEmpty());
				driver.findElement(By.id(args[5])).sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
			}
			Files.write(Path.of(args[4]), driver.getScreenshotAs(OutputType.BYTES));
			System.out.println("saved " + args[4]);
		}
		finally {
			driver.quit();
		}
	}

}
