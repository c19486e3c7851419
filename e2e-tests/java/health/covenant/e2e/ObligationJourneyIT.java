package health.covenant.e2e;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import health.covenant.TestClock;
import health.covenant.agreements.AgreementDetails;
import health.covenant.agreements.AgreementKind;
import health.covenant.agreements.AgreementService;
import health.covenant.agreements.AgreementStatus;
import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.notifications.MailCapture;
import health.covenant.notifications.NotificationSender;
import health.covenant.notifications.ReminderEngine;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4 in a real browser: an executed BAA's last day to give notice is a week away, so the reminder
 * engine e-mails its owner; the owner opens the link from the captured message (no sign-in),
 * acknowledges, and then sees the obligation acknowledged in their list.
 */
@EndToEnd
class ObligationJourneyIT {

	private static final Pattern ACTION_LINK = Pattern.compile("https?://\\S+?(/public/obligations/action\\?token=[\\w.\\-]+)");

	@Autowired
	TestClock clock;

	@Autowired
	AgreementService agreements;

	@Autowired
	ReminderEngine engine;

	@Autowired
	NotificationSender sender;

	@Autowired
	MailCapture capture;

	@Autowired
	UserService users;

	@Autowired
	VendorService vendors;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void legalAcknowledgesABaaNoticeDeadlineFromTheEmailLink(Browser browser) {
		String vendorName = "Northwind Prior Auth " + UUID.randomUUID().toString().substring(0, 6);
		String email = browser.createUser(Role.LEGAL);
		long ownerId = this.users.findByEmail(email).orElseThrow().id();
		// An executed, auto-renewing BAA whose last day to give notice is 7 days away: a reminder is due today.
		LocalDate today = this.clock.today();
		LocalDate expiration = today.plusDays(7 + 90);
		SystemActor.runAs(() -> {
			long vendorId = this.vendors.register(VendorDetails.named(vendorName, PhiAccess.PHI));
			this.agreements.create(vendorId,
					new AgreementDetails(AgreementKind.BAA, AgreementStatus.EXECUTED, expiration.minusYears(1), expiration,
							true, 12, 90, 30, BreachNoticeUnit.CALENDAR_DAYS, expiration.minusYears(1).minusDays(3),
							"Privacy Officer", ownerId, null));
		});

		this.capture.start();
		this.capture.clear();
		this.engine.run();
		this.sender.sendDue();
		MailCapture.CapturedMessage reminder = this.capture.messages()
			.stream()
			.filter((message) -> message.to().contains(email) && message.text().contains(vendorName))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no reminder to " + email + " among " + this.capture.messages().size()
					+ " captured message(s)"));
		Matcher link = ACTION_LINK.matcher(reminder.text());
		assertThat(link.find()).as("action link in the reminder").isTrue();

		// The link works without signing in (it is signed for this recipient and this due date).
		browser.open(link.group(1));
		String title = browser.text(By.tagName("h1"));
		assertThat(title).contains(vendorName);
		browser.clickAndWaitForPage(browser.find(By.cssSelector("button[name=action][value=acknowledge]")));
		assertThat(browser.text(By.id("action-result"))).startsWith("Acknowledged");

		// Signed in, the owner sees it acknowledged in their own list (the default view: mine, next 90 days).
		browser.signIn(email, Browser.PASSWORD);
		browser.open("/obligations");
		WebElement row = browser.find(By.xpath("//tr[.//a[text()='" + title + "']]"));
		assertThat(row.getText()).contains("Acknowledged");
	}

}
