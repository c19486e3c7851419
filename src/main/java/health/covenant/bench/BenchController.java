package health.covenant.bench;

import health.covenant.agreements.ComplianceGapService;
import health.covenant.risk.RiskService;
import health.covenant.notifications.ReminderEngine;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What {@code bench/run.sh} needs from inside the application (profile {@code bench} only, signed-in
 * administrators): the statement counter, sample ids, and the timed daily reminder run and
 * full compliance-gap rebuild (the ceiling page is in {@link BenchConfiguration}). Answers are one line of
 * {@code key=value} pairs for the script.
 */
@Controller
@Profile("bench")
@RequestMapping("/bench")
@PreAuthorize("hasRole('ADMIN')")
class BenchController {

	private final JdbcClient jdbc;

	private final StatementCounter statements;

	private final FilterRegistrationBean<RequestsInFlight> inFlight;

	private final ReminderEngine reminders;

	private final ComplianceGapService gaps;

	private final RiskService risks;

	BenchController(JdbcClient jdbc, StatementCounter statements, FilterRegistrationBean<RequestsInFlight> inFlight,
			ReminderEngine reminders, ComplianceGapService gaps, RiskService risks) {
		this.risks = risks;
		this.jdbc = jdbc;
		this.statements = statements;
		this.inFlight = inFlight;
		this.reminders = reminders;
		this.gaps = gaps;
	}

	@GetMapping(path = "/statements", produces = "text/plain")
	@ResponseBody
	String statements() {
		RequestsInFlight requests = this.inFlight.getFilter();
		return "statements=" + this.statements.executed() + " served=" + requests.served() + " inflight="
				+ requests.current() + "\n";
	}

	/** Where the database time went since the last call: the slowest prepared statements (text/plain). */
	@GetMapping(path = "/statements/slowest", produces = "text/plain")
	@ResponseBody
	String slowestStatements(@RequestParam(defaultValue = "30") int limit) {
		return this.statements.slowest(limit);
	}

	@GetMapping(path = "/sample", produces = "text/plain")
	@ResponseBody
	String sample() {
		Long vendor = this.jdbc.sql("""
				SELECT vendor_id FROM agreement GROUP BY vendor_id
				ORDER BY count(*) DESC, vendor_id LIMIT 1 OFFSET (SELECT count(DISTINCT vendor_id) / 4 FROM agreement)
				""").query(Long.class).optional().orElse(0L);
		Long agreement = this.jdbc
			.sql("SELECT id FROM agreement WHERE vendor_id = ? AND kind = 'BAA' ORDER BY id LIMIT 1")
			.param(vendor)
			.query(Long.class)
			.optional()
			.orElseGet(() -> this.jdbc.sql("SELECT coalesce(min(id), 0) FROM agreement").query(Long.class).single());
		return "vendor=" + vendor + " agreement=" + agreement + "\n";
	}

	@PostMapping(path = "/reminder-run", produces = "text/plain")
	@ResponseBody
	String reminderRun() {
		ReminderEngine.RunResult result = this.reminders.run();
		return "millis=" + result.millis() + " obligationsChanged=" + result.obligationsChanged() + " lookedAt="
				+ result.obligationsLookedAt() + " reminders=" + result.remindersCreated() + " emails="
				+ result.emailsQueued() + "\n";
	}

	@PostMapping(path = "/gaps", produces = "text/plain")
	@ResponseBody
	String gaps() {
		long start = System.nanoTime();
		long count = this.gaps.rebuild();
		return "millis=" + (System.nanoTime() - start) / 1_000_000 + " gaps=" + count + "\n";
	}

	@PostMapping(path = "/risk", produces = "text/plain")
	@ResponseBody
	String risk() {
		long start = System.nanoTime();
		int count = this.risks.rebuild();
		return "millis=" + (System.nanoTime() - start) / 1_000_000 + " vendors=" + count + "\n";
	}

}
