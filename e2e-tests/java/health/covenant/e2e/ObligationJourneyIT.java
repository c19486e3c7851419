package health.covenant.e2e;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import health.covenant.TestClock;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.notifications.MailCapture;
import health.covenant.notifications.NotificationSender;
import health.covenant.notifications.ReminderEngine;
import health.covenant.obligations.ObligationDraft;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.TestObligationSource;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4 in a real browser: the reminder engine e-mails the owner of a notice deadline; the owner
 * opens the link from the captured message (no sign-in), acknowledges, and then sees the obligation
 * acknowledged in their list. The obligation comes from the test obligation source, so the test picks
 * its due date.
 */
@EndToEnd
class ObligationJourneyIT {

	private static final Pattern ACTION_LINK = Pattern.compile("https?://\\S+?(/public/obligations/action\\?token=[\\w.\\-]+)");

	@Autowired
	TestClock clock;

	@Autowired
	TestObligationSource source;

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
	void legalAcknowledgesANoticeDeadlineFromTheEmailLink(Browser browser) {
		String token = UUID.randomUUID().toString().substring(0, 6);
		String email = browser.createUser(Role.LEGAL);
		long ownerId = this.users.findByEmail(email).orElseThrow().id();
		long[] vendorId = new long[1];
		SystemActor.runAs(() -> vendorId[0] = this.vendors
			.register(VendorDetails.named("Northwind Prior Auth " + token, PhiAccess.PHI)));
		String title = "BAA with Northwind Prior Auth " + token;
		long subjectId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
		LocalDate due = this.clock.today().plusDays(7);
		this.source.put(subjectId, List.of(new ObligationDraft("e2e-agreement:" + subjectId + ":notice",
				ObligationKind.AGREEMENT_NOTICE_DEADLINE, due, vendorId[0], TestObligationSource.SUBJECT_TYPE,
				subjectId, title, "/vendors/" + vendorId[0], ownerId, false, Map.of("Notice period", "90 days"))));

		this.capture.start();
		this.capture.clear();
		this.engine.run();
		this.sender.sendDue();
		MailCapture.CapturedMessage reminder = this.capture.messages()
			.stream()
			.filter((message) -> message.to().contains(email) && message.text().contains(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no reminder to " + email + " among " + this.capture.messages().size()
					+ " captured message(s)"));
		Matcher link = ACTION_LINK.matcher(reminder.text());
		assertThat(link.find()).as("action link in the reminder").isTrue();

		// The link works without signing in (it is signed for this recipient and this due date).
		browser.open(link.group(1));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(title);
		browser.clickAndWaitForPage(browser.find(By.cssSelector("button[name=action][value=acknowledge]")));
		assertThat(browser.text(By.id("action-result"))).startsWith("Acknowledged");

		// Signed in, the owner sees it acknowledged in their own list (the default view: mine, next 90 days).
		browser.signIn(email, Browser.PASSWORD);
		browser.open("/obligations");
		assertThat(browser.pageText()).contains(title);
		String row = browser.find(By.xpath("//tr[.//a[text()='" + title + "']]")).getText();
		assertThat(row).contains("Acknowledged");
	}

}
