package health.covenant.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import health.covenant.CovenantApplication;
import health.covenant.agreements.AgreementDetails;
import health.covenant.agreements.AgreementKind;
import health.covenant.agreements.AgreementService;
import health.covenant.agreements.AgreementStatus;
import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.notifications.NotificationSender;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the application on one PostgreSQL, as behind a load balancer: a session made on
 * one is accepted by the other (Spring Session JDBC), the daily reminder run executes on one of them
 * only (db-scheduler), and when both drain the outbox at once every e-mail reaches the mail server
 * exactly once (claims with {@code FOR UPDATE SKIP LOCKED}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class TwoInstancesIT {

	private static final String ADMIN = "two-instances-admin@covenant.test";

	private static final String PASSWORD = "two-instances-Secret-2026";

	/** Both instances share the documents' key, as they share the database. */
	private static final String ENCRYPTION_KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]);

	private EmbeddedPostgres postgres;

	private GreenMail mail;

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@BeforeAll
	void start() throws IOException {
		this.postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start();
		this.mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		this.mail.start();
		// One after the other: the first migrates the schema and creates the administrator.
		this.instances.add(instance("a"));
		this.instances.add(instance("b"));
	}

	private ConfigurableApplicationContext instance(String name) {
		return new SpringApplicationBuilder(CovenantApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + this.postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + this.mail.getSmtp().getPort(),
				"--covenant.encryption-key=" + ENCRYPTION_KEY, "--covenant.demo=false", "--covenant.admin.email=" + ADMIN, "--covenant.admin.password=" + PASSWORD,
				"--covenant.mfa.required-roles=none", "--covenant.notifications.jobs-enabled=true",
				"--db-scheduler.scheduler-name=instance-" + name, "--db-scheduler.polling-interval=1s");
	}

	@AfterAll
	void stop() {
		this.instances.forEach(ConfigurableApplicationContext::close);
		if (this.mail != null) {
			this.mail.stop();
		}
		if (this.postgres != null) {
			try {
				this.postgres.close();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	@Test
	void aSessionMadeOnOneInstanceIsAcceptedByTheOther() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String login = send(browser, get(url(0, "/login"))).body();
		String csrf = HttpSession.csrfField(login);
		HttpResponse<String> signedIn = send(browser, HttpRequest.newBuilder(URI.create(url(0, "/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", ADMIN, "password", PASSWORD, "_csrf", csrf))))
			.build());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/");

		// Cookies do not depend on the port: the same browser now asks the other instance.
		HttpResponse<String> other = send(browser, get(url(1, "/notifications")));
		assertThat(other.statusCode()).as("signed in on the other instance too").isEqualTo(200);
		assertThat(other.body()).contains("<h1>Notifications</h1>");
	}

	@Test
	void theDailyRunExecutesOnceAndItsEmailsGoOutOnce(CapturedOutput output) throws Exception {
		ConfigurableApplicationContext a = this.instances.get(0);
		JdbcClient jdbc = a.getBean(JdbcClient.class);
		String tag = Long.toString(System.nanoTime(), 36);
		String owner = "owner-" + tag + "@covenant.test";
		LocalDate today = LocalDate.now(a.getBean(java.time.Clock.class));
		SystemActor.runAs(() -> {
			long ownerId = a.getBean(UserService.class)
				.createUser(owner, "Owner " + tag, "not-used-password-1", Set.of(Role.LEGAL), java.time.ZoneId.of("America/New_York"))
				.id();
			long vendor = a.getBean(VendorService.class).register(VendorDetails.named("Twin " + tag, PhiAccess.PHI));
			// notice deadline in 30 days, term end in 90: both have a reminder today
			a.getBean(AgreementService.class)
				.create(vendor, new AgreementDetails(AgreementKind.BAA, AgreementStatus.EXECUTED, today.minusDays(275),
						today.plusDays(90), true, 12, 60, 30, BreachNoticeUnit.CALENDAR_DAYS, today.minusDays(280),
						"Pat Signer", ownerId, null));
		});
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("SELECT count(*) FROM obligation o JOIN app_user u ON u.id = o.owner_user_id "
					+ "WHERE u.email = ? AND NOT o.done").param(owner).query(Long.class).single() == 2);
		// Due now on both instances: send hour 0, not run today.
		jdbc.sql("UPDATE notification_settings SET send_hour = 0, last_run_on = NULL").update();
		// The instances may have run today's reminders at start-up already: count only what follows.
		int before = output.getAll().length();
		TaskInstanceId daily = TaskInstanceId.of("daily-reminders", "recurring");
		for (ConfigurableApplicationContext instance : this.instances) {
			instance.getBean(SchedulerClient.class).reschedule(daily, Instant.now());
		}
		await().atMost(Duration.ofSeconds(40))
			.until(() -> mailsTo(owner).size() >= 2 && jdbc.sql("SELECT count(*) FROM notification WHERE status = 'PENDING'")
				.query(Long.class)
				.single() == 0);

		assertThat(runsLogged(output.getAll().substring(before), today))
			.as("the daily run executed on one instance only")
			.isEqualTo(1);
		assertThat(mailsTo(owner)).as("each reminder once").hasSize(2);
		assertThat(mailsTo(owner).stream().map(TwoInstancesIT::subject))
			.anyMatch((s) -> s.contains("last day to give notice"))
			.doesNotHaveDuplicates();
	}

	@Test
	void whenBothInstancesSendTheOutboxEveryEmailGoesOutExactlyOnce() throws Exception {
		JdbcClient jdbc = this.instances.get(0).getBean(JdbcClient.class);
		String tag = Long.toString(System.nanoTime(), 36);
		int count = 60;
		for (int i = 0; i < count; i++) {
			jdbc.sql("""
					INSERT INTO notification (dedup_key, recipient_user_id, recipient_email, subject, html_body, text_body,
					    status, attempts, next_attempt_at, created_at, created_by, updated_at, updated_by)
					VALUES (:key, (SELECT min(id) FROM app_user), :email, :subject, '<p>Twin</p>', 'Twin', 'PENDING', 0,
					    now() - interval '1 minute', now(), 'test', now(), 'test')""")
				.param("key", "twin:" + tag + ":" + i)
				.param("email", "outbox-" + tag + "@covenant.test")
				.param("subject", "Twin " + tag + " #" + i)
				.update();
		}
		List<CompletableFuture<NotificationSender.SendResult>> sending = this.instances.stream()
			.map((instance) -> CompletableFuture.supplyAsync(() -> instance.getBean(NotificationSender.class).sendDue()))
			.toList();
		sending.forEach(CompletableFuture::join);

		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc
			.sql("SELECT count(*) FROM notification WHERE dedup_key LIKE ? AND status = 'SENT'")
			.param("twin:" + tag + ":%")
			.query(Long.class)
			.single() == count);
		List<String> subjects = mailsTo("outbox-" + tag + "@covenant.test").stream().map(TwoInstancesIT::subject).toList();
		assertThat(subjects).as("none lost, none twice").hasSize(count).doesNotHaveDuplicates();
	}

	private static long runsLogged(String output, LocalDate day) {
		return Arrays.stream(output.split("\n")).filter((line) -> line.contains("Daily reminder run " + day + " done")).count();
	}

	private List<MimeMessage> mailsTo(String email) {
		return Arrays.stream(this.mail.getReceivedMessages()).filter((m) -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch((r) -> r.toString().contains(email));
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String url(int instance, String path) {
		return "http://localhost:" + this.instances.get(instance).getEnvironment().getProperty("local.server.port") + path;
	}

	private static HttpRequest get(String url) {
		return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build();
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
