package health.covenant.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import health.covenant.agreements.AgreementDocumentKind;
import health.covenant.agreements.AgreementKind;
import health.covenant.agreements.AgreementService;
import health.covenant.agreements.AgreementStatus;
import health.covenant.agreements.AgreementTerms;
import health.covenant.agreements.BreachNoticeUnit;
import health.covenant.agreements.ComplianceGapService;
import health.covenant.risk.RiskProperties;
import health.covenant.risk.RiskService;
import health.covenant.assessments.AssessmentScheduleService;
import health.covenant.certifications.CertificationStateService;
import health.covenant.certifications.CertificationType;
import health.covenant.audit.AuditService;
import health.covenant.audit.ChainVerification;
import health.covenant.certifications.audits.AuditScheduleService;
import health.covenant.incidents.IncidentDetails;
import health.covenant.incidents.IncidentKind;
import health.covenant.incidents.IncidentService;
import health.covenant.incidents.IncidentStatus;
import health.covenant.incidents.StateCount;
import health.covenant.incidents.UsStates;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.notifications.ReminderEngine;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationService;
import health.covenant.shared.SystemActor;
import health.covenant.vendors.AiSystemType;
import health.covenant.vendors.DecisionRole;
import health.covenant.vendors.DeidentificationMethod;
import health.covenant.vendors.FdaStatus;
import health.covenant.vendors.FrameworkAlignment;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PatientDisclosure;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.PhiTraining;
import health.covenant.vendors.RecordVolume;
import health.covenant.vendors.ServiceCategory;
import health.covenant.vendors.SystemAccess;
import health.covenant.vendors.UpdateCadence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with a large health system's volume, deterministically from a seed: vendors with
 * AI profiles and sub-processors, agreements of every kind and status with clause checklists, encrypted
 * documents, obligations, outbox e-mails and a long, valid audit chain. Bulk rows go in with
 * {@code COPY}; documents, extra users and the agreements' obligations go through the modules' own
 * services, so they are exactly what the application would have written. Runs once per database.
 */
class DataGenerator {

	static final String MARKER = "bench.generator";

	/** Subject type of the stand-in obligations that top up what today's sources produce. */
	static final String STAND_IN_SUBJECT = "GeneratedObligation";

	private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);

	private static final String AUDIT = "created_at, created_by, updated_at, updated_by";

	private static final List<AgreementStatus> SIGNED = List.of(AgreementStatus.EXECUTED, AgreementStatus.EXPIRED,
			AgreementStatus.TERMINATED, AgreementStatus.SUPERSEDED);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final UserService users;

	private final AgreementService agreements;

	private final ObligationService obligations;

	private final ComplianceGapService gaps;

	private final AuditService audit;

	private final ReminderEngine reminders;

	private final CertificationStateService certificationStates;

	private final AuditScheduleService auditSchedules;

	private final IncidentService incidents;

	private final AssessmentScheduleService assessmentSchedules;

	private final Clock clock;

	private final RiskService risks;

	DataGenerator(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions, UserService users,
			AgreementService agreements, ObligationService obligations, ComplianceGapService gaps, AuditService audit,
			ReminderEngine reminders, CertificationStateService certificationStates, AuditScheduleService auditSchedules,
			IncidentService incidents, AssessmentScheduleService assessmentSchedules, RiskService risks, Clock clock) {
		this.risks = risks;
		this.incidents = incidents;
		this.assessmentSchedules = assessmentSchedules;
		this.reminders = reminders;
		this.certificationStates = certificationStates;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.users = users;
		this.agreements = agreements;
		this.obligations = obligations;
		this.gaps = gaps;
		this.audit = audit;
		this.auditSchedules = auditSchedules;
		this.clock = clock;
	}

	/** What was generated. */
	record Summary(long vendors, long agreements, long clauses, long documents, long obligations, long notifications,
			long auditEvents, ChainVerification chain, Duration took) {
	}

	private record VendorRow(long id, String name, LifecycleStatus status, PhiAccess phi) {
	}

	private record AgreementRow(long id, long vendorId, AgreementKind kind, AgreementStatus status) {
	}

	/**
	 * Generates everything once; returns empty when this database already holds generated data.
	 */
	java.util.Optional<Summary> generate(GeneratorProperties scale) {
		Integer claimed = this.transactions.execute((status) -> this.jdbc
			.sql("INSERT INTO demo_seed (name, loaded_at) VALUES (?, now()) ON CONFLICT (name) DO NOTHING")
			.param(MARKER)
			.update());
		if (claimed == null || claimed == 0) {
			return java.util.Optional.empty();
		}
		long start = System.nanoTime();
		Summary[] summary = new Summary[1];
		SystemActor.runAs(() -> summary[0] = generateAsSystem(scale, start));
		return java.util.Optional.of(summary[0]);
	}

	private Summary generateAsSystem(GeneratorProperties scale, long start) {
		Random random = new Random(scale.seed());
		LocalDate today = LocalDate.now(this.clock);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<UserSummary> people = ensureUsers(scale.users());
		List<Long> userIds = people.stream().map(UserSummary::id).toList();
		List<Long> legalIds = people.stream().filter((u) -> u.hasRole(Role.LEGAL)).map(UserSummary::id).toList();
		List<VendorRow> vendors = inTransaction((c) -> vendors(c, scale.vendors(), random, now, userIds));
		step("vendors, AI profiles and sub-processors", start);
		List<AgreementRow> agreementRows = inTransaction(
				(c) -> agreements(c, vendors, scale.agreements(), random, today, now, legalIds.isEmpty() ? userIds : legalIds));
		long clauses = inTransaction((c) -> clauses(c, agreementRows, random, now));
		this.agreements.recountMissingClauses();
		step("agreements and clause checklists", start);
		long auditEvents = inTransaction((c) -> auditEvents(c, scale.auditEvents(), random, now, people, vendors,
				agreementRows));
		step("audit events", start);
		long documents = documents(agreementRows, scale.documents(), random);
		step("documents", start);
		long certificationCount = inTransaction((c) -> certifications(c, vendors, random, today, now));
		step("certifications (" + certificationCount + ")", start);
		long vendorAudits = inTransaction((c) -> vendorAudits(c, vendors, random, today, now));
		long auditsDue = this.auditSchedules.rebuild();
		step("vendor audits (" + vendorAudits + ", " + auditsDue + " vendors with a next audit due, stored)", start);
		long commitments = inTransaction((c) -> irCommitments(c, vendors, random, today, now));
		step("incident-response commitments (" + commitments + " PHI vendors in service)", start);
		long incidentCount = incidents(vendors, random, today);
		step("vendor incidents (" + incidentCount + ", through the incidents service)", start);
		long findingCount = inTransaction((c) -> findings(c, vendors, random, today, now, userIds));
		step("findings (" + findingCount + ")", start);
		List<Long> assessorIds = people.stream()
			.filter((u) -> u.hasRole(Role.SECURITY_OFFICER) || u.hasRole(Role.ADMIN))
			.map(UserSummary::id)
			.toList();
		long assessments = inTransaction((c) -> assessments(c, vendors, random, today, now, assessorIds));
		long assessmentsDue = this.assessmentSchedules.rebuild();
		step("assessments (" + assessments + ", " + assessmentsDue + " vendors with a next assessment due, stored)",
				start);
		int scored = this.risks.rebuild();
		long riskHistory = inTransaction((c) -> riskHistory(today, now));
		step("risk scores (" + scored + " vendors, " + riskHistory + " earlier scores, stored)", start);
		this.obligations.refreshAll();
		long fromAgreements = this.jdbc.sql("SELECT count(*) FROM obligation").query(Long.class).single();
		inTransaction((c) -> standInObligations(c, scale.obligations() - fromAgreements, random, today, now, vendors,
				userIds));
		step("obligations (" + fromAgreements + " from agreements)", start);
		long gapCount = this.gaps.rebuild();
		step("compliance gaps (" + gapCount + ", stored)", start);
		long certificationStates = this.certificationStates.rebuild();
		step("certification states (" + certificationStates + ", stored)", start);
		long notifications = inTransaction((c) -> notifications(c, scale.notifications(), random, now, people,
				vendors));
		step("notifications", start);
		long ledger = reminderLedger(today, now);
		step("reminder ledger up to yesterday (" + ledger + " reminders, recorded as sent)", start);
		this.jdbc.sql("ANALYZE").update();
		ChainVerification chain = this.audit.verifyChain();
		step("analyse and audit chain verification", start);
		return new Summary(vendors.size(), agreementRows.size(), clauses, documents,
				this.jdbc.sql("SELECT count(*) FROM obligation").query(Long.class).single(), notifications, auditEvents,
				chain, Duration.ofNanos(System.nanoTime() - start));
	}

	/**
	 * Gives the scores a past: a fifth of the vendors had a different score some months ago (an earlier
	 * snapshot, the residual up to ten points away), and one in fifty has a tier that rose and waits for
	 * review (its decided tier one below the computed one).
	 */
	private long riskHistory(LocalDate today, Instant now) {
		RiskProperties.Thresholds t = this.risks.settings().thresholds();
		long earlier = this.jdbc.sql("""
				INSERT INTO risk_snapshot (vendor_id, computed_at, computed_on, model_version, inherent, effectiveness,
				                           residual, tier, inputs_digest, factors)
				SELECT vendor_id, ?::timestamptz - make_interval(days => d), ?::date - d, model_version, inherent,
				       effectiveness, r,
				       CASE WHEN r >= ? THEN 'CRITICAL' WHEN r >= ? THEN 'HIGH' WHEN r >= ? THEN 'MEDIUM' ELSE 'LOW' END,
				       inputs_digest, factors
				FROM (SELECT vendor_id, model_version, inherent, effectiveness, inputs_digest, factors,
				             30 + (vendor_id * 13 % 300)::int AS d,
				             greatest(0, least(inherent, residual + (vendor_id * 37 % 21)::int - 10)) AS r
				      FROM vendor_risk WHERE vendor_id % 5 = 0) s""")
			.params(java.sql.Timestamp.from(now), today, t.critical(), t.high(), t.medium())
			.update();
		this.jdbc.sql("""
				UPDATE vendor_risk SET awaiting_review = TRUE, review_reason = 'TIER_INCREASE',
				       awaiting_since = ?::date - (vendor_id % 10)::int,
				       baseline_tier = CASE computed_tier WHEN 'CRITICAL' THEN 'HIGH' WHEN 'HIGH' THEN 'MEDIUM' ELSE 'LOW' END
				WHERE vendor_id % 50 = 0 AND computed_tier <> 'LOW' AND NOT awaiting_review""")
			.param(today)
			.update();
		return earlier;
	}

	private static void step(String what, long start) {
		log.info("Generated {} ({} s)", what, (System.nanoTime() - start) / 1_000_000_000);
	}

	/**
	 * Leaves the reminders in the state a daily-running installation would have: the engine's sweep
	 * for yesterday records in its exactly-once ledger (table {@code reminder}) the latest reminder
	 * each open obligation had reached by then and when to look at it next, and those reminders are
	 * marked as sent, each recipient's in one generated, sent e-mail that stands for them (their
	 * individual e-mails are not written). The first run after generation then does only the
	 * generation day's work, like any later daily run.
	 */
	private long reminderLedger(LocalDate today, Instant now) {
		LocalDate yesterday = today.minusDays(1);
		this.jdbc.sql("UPDATE obligation SET next_reminder_on = :yesterday WHERE next_reminder_on > :yesterday")
			.param("yesterday", yesterday)
			.update();
		long recorded = this.reminders.recordReminders(yesterday);
		this.transactions.executeWithoutResult((status) -> {
			String text = "Reminders up to " + yesterday + " (written by the data generator in place of the e-mails).";
			this.jdbc.sql("""
					INSERT INTO notification (dedup_key, recipient_user_id, recipient_email, subject, html_body,
					    text_body, status, attempts, next_attempt_at, sent_at, created_at, created_by, updated_at,
					    updated_by)
					SELECT 'generated:ledger|u' || u.id, u.id, u.email, :subject, :html, :text, 'SENT', 1, :now, :now,
					    :now, 'system', :now, 'system'
					FROM app_user u
					WHERE u.id IN (SELECT recipient_user_id FROM reminder WHERE notification_id IS NULL)""")
				.param("subject", "Reminders up to " + yesterday)
				.param("html", "<p>" + text + "</p>")
				.param("text", text)
				.param("now", java.sql.Timestamp.from(now))
				.update();
			this.jdbc.sql("""
					UPDATE reminder r SET notification_id = n.id FROM notification n
					WHERE r.notification_id IS NULL AND n.dedup_key = 'generated:ledger|u' || r.recipient_user_id""")
				.update();
			this.jdbc.sql("UPDATE notification_settings SET last_run_on = :day").param("day", yesterday).update();
		});
		return recorded;
	}

	private List<UserSummary> ensureUsers(int extra) {
		Role[] roles = { Role.LEGAL, Role.PROCUREMENT, Role.SECURITY_OFFICER, Role.LEGAL, Role.AUDITOR };
		for (int i = 1; i <= extra; i++) {
			String email = "user" + i + "@covenant.test";
			if (this.users.findByEmail(email).isEmpty()) {
				this.users.register(email, "Generated User " + i, "covenant-demo", Set.of(roles[i % roles.length]));
			}
		}
		return this.users.allUsers().stream().filter(UserSummary::enabled).toList();
	}

	private List<VendorRow> vendors(Connection connection, int count, Random random, Instant now, List<Long> owners)
			throws SQLException {
		Set<String> taken = new HashSet<>(
				this.jdbc.sql("SELECT lower(name) FROM vendor").query(String.class).list());
		long before = maxId("vendor");
		CopyWriter copy = new CopyWriter(connection, "vendor", "name, legal_name, website, description, "
				+ "service_category, status, business_owner_id, primary_contact_name, primary_contact_email, "
				+ "primary_contact_phone, security_contact_name, security_contact_email, security_contact_phone, "
				+ "phi_access, record_volume, system_access, hosting_regions, external_reference, " + AUDIT);
		List<String> names = new ArrayList<>(count);
		List<LifecycleStatus> statuses = new ArrayList<>(count);
		List<PhiAccess> phis = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String name = WordLists.vendorName(random);
			while (!taken.add(name.toLowerCase(Locale.ROOT))) {
				name = WordLists.vendorName(random);
			}
			String domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "") + ".example";
			LifecycleStatus status = weighted(random, LifecycleStatus.values(), 15, 10, 55, 5, 15);
			PhiAccess phi = weighted(random, PhiAccess.values(), 35, 15, 10, 40);
			Instant created = now.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
			Instant updated = created.plus(Duration.ofMinutes(random.nextInt(
					(int) Math.max(1, Duration.between(created, now).toMinutes()))));
			copy.row(name, name.replace(" AI", "") + ", Inc.", "https://www." + domain,
					WordLists.pick(random, WordLists.OFFERINGS) + " for " + WordLists.pick(random, WordLists.DEPARTMENTS)
							+ " using " + WordLists.pick(random, WordLists.TECHNIQUES) + ".",
					pick(random, ServiceCategory.values()), status, WordLists.pick(random, owners),
					WordLists.person(random), "accounts@" + domain, "+1 (555) 01" + (random.nextInt(90) + 10) + "-"
							+ (random.nextInt(9000) + 1000),
					"Security office", "security@" + domain, null, phi, pick(random, RecordVolume.values()),
					pick(random, SystemAccess.values()), WordLists.pick(random, WordLists.REGIONS),
					"PO-" + (100000 + i), created, "procurement@covenant.test", updated, "procurement@covenant.test");
			names.add(name);
			statuses.add(status);
			phis.add(phi);
		}
		copy.finish();
		long first = contiguousIds("vendor", before, count);
		List<VendorRow> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			rows.add(new VendorRow(first + i, names.get(i), statuses.get(i), phis.get(i)));
		}
		aiProfiles(connection, rows, random, now);
		subprocessors(connection, rows, random, now);
		return rows;
	}

	private void aiProfiles(Connection connection, List<VendorRow> vendors, Random random, Instant now)
			throws SQLException {
		CopyWriter copy = new CopyWriter(connection, "ai_profile", "vendor_id, system_type, fda_status, "
				+ "change_control_plan, dsi_source_attributes, model_card_available, phi_training, "
				+ "deidentification_method, prompt_retention_days, output_retention_days, log_retention_days, "
				+ "offshore_access, bias_tested, locally_validated, drift_monitoring, decision_role, update_cadence, "
				+ "change_notice_days, covers_prompt_injection, covers_data_leakage, ai_bom_available, "
				+ "model_failure_is_incident, framework_alignment, patient_disclosure, " + AUDIT);
		for (VendorRow vendor : vendors) {
			if (random.nextInt(10) >= 7) {
				continue;
			}
			copy.row(vendor.id(), pick(random, AiSystemType.values()), pick(random, FdaStatus.values()),
					random.nextBoolean(), random.nextInt(32), random.nextBoolean(), pick(random, PhiTraining.values()),
					pick(random, DeidentificationMethod.values()), random.nextInt(91), random.nextInt(366),
					random.nextInt(731), random.nextInt(10) == 0, random.nextBoolean(), random.nextBoolean(),
					random.nextBoolean(), pick(random, DecisionRole.values()), pick(random, UpdateCadence.values()),
					random.nextInt(91), random.nextBoolean(), random.nextBoolean(), random.nextInt(4) == 0,
					random.nextBoolean(), pick(random, FrameworkAlignment.values()),
					pick(random, PatientDisclosure.values()), now, "security@covenant.test", now,
					"security@covenant.test");
		}
		copy.finish();
	}

	private void subprocessors(Connection connection, List<VendorRow> vendors, Random random, Instant now)
			throws SQLException {
		CopyWriter copy = new CopyWriter(connection, "subprocessor",
				"vendor_id, name, service, region, downstream_baa, zero_retention, " + AUDIT);
		for (VendorRow vendor : vendors) {
			int count = random.nextInt(5);
			for (int i = 0; i < count; i++) {
				copy.row(vendor.id(), WordLists.SUBPROCESSOR_NAMES.get((vendor.name().hashCode() & 0xffff) % 7 + i),
						WordLists.pick(random, WordLists.SUBPROCESSORS), WordLists.pick(random, WordLists.REGIONS),
						random.nextInt(10) < 8, random.nextBoolean(), now, "security@covenant.test", now,
						"security@covenant.test");
			}
		}
		copy.finish();
	}

	/**
	 * 0–3 certifications a vendor: PHI vendors mostly one or two (8 in 10 have some), the others fewer;
	 * dates spread over the last years so that every state shows.
	 */
	private long certifications(Connection connection, List<VendorRow> vendors, Random random, LocalDate today,
			Instant now) throws SQLException {
		CopyWriter copy = new CopyWriter(connection, "certification", "vendor_id, type, issuer, covers_service, "
				+ "report_date, period_start, period_end, bridge_letter_until, interim_submitted_on, "
				+ "surveillance1_done_on, surveillance2_done_on, exceptions_noted, explicit_expiry, verified_by, "
				+ "verified_at, " + AUDIT);
		String[] issuers = { "A-LIGN", "Schellman", "Coalfire", "BSI", "Deloitte", "NCC Group", "HITRUST Alliance" };
		long count = 0;
		for (VendorRow vendor : vendors) {
			boolean phi = vendor.phi() == PhiAccess.PHI || vendor.phi() == PhiAccess.LIMITED_DATA_SET;
			int n = phi ? weighted(random, new Integer[] { 0, 1, 2, 3 }, 20, 55, 18, 7)
					: weighted(random, new Integer[] { 0, 1, 2, 3 }, 60, 30, 8, 2);
			for (int i = 0; i < n; i++) {
				CertificationType type = weighted(random, CertificationType.values(), 6, 30, 4, 4, 12, 8, 4, 4, 2, 4,
						18, 4);
				LocalDate report = today.minusDays(random.nextInt(900));
				LocalDate periodStart = null;
				LocalDate periodEnd = null;
				LocalDate bridge = null;
				LocalDate interim = null;
				LocalDate surveillance1 = null;
				LocalDate surveillance2 = null;
				LocalDate expiry = null;
				if (type.isSoc2Type2()) {
					periodEnd = today.minusDays(30 + random.nextInt(500));
					periodStart = periodEnd.minusMonths(12).plusDays(1);
					report = periodEnd.plusDays(20 + random.nextInt(40));
					if (report.isAfter(today)) {
						report = today;
					}
					if (random.nextInt(10) == 0) {
						bridge = periodEnd.plusMonths(12).plusDays(1 + random.nextInt(85));
					}
				}
				else if (type.isHitrustR2()) {
					LocalDate anniversary = report.plusMonths(12);
					if (!anniversary.isAfter(today) && random.nextInt(10) < 8) {
						interim = anniversary.minusDays(random.nextInt(60));
					}
				}
				else if (type.isIso()) {
					report = today.minusDays(random.nextInt(1000));
					if (!report.plusMonths(12).isAfter(today) && random.nextInt(10) < 9) {
						surveillance1 = report.plusMonths(12).minusDays(random.nextInt(30));
					}
					if (surveillance1 != null && !report.plusMonths(24).isAfter(today) && random.nextInt(10) < 9) {
						surveillance2 = report.plusMonths(24).minusDays(random.nextInt(30));
					}
				}
				else if (type == CertificationType.OTHER) {
					expiry = report.plusDays(180 + random.nextInt(720));
				}
				boolean verified = random.nextInt(10) < 7;
				copy.row(vendor.id(), type.name(), pick(random, issuers), "YES", report, periodStart, periodEnd, bridge,
						interim, surveillance1, surveillance2, random.nextInt(10) == 0, expiry,
						verified ? "security@covenant.test" : null, verified ? now : null, now, "security@covenant.test",
						now, "security@covenant.test");
				count++;
			}
		}
		copy.finish();
		return count;
	}

	private List<AgreementRow> agreements(Connection connection, List<VendorRow> vendors, int count, Random random,
			LocalDate today, Instant now, List<Long> owners) throws SQLException {
		int[] perVendor = new int[vendors.size()];
		for (int i = 0; i < count && !vendors.isEmpty(); i++) {
			perVendor[random.nextInt(vendors.size())]++;
		}
		// Successors refer to the agreement they supersede, so the ids are needed before the rows exist:
		// take the identity sequence's current value; COPY then assigns the following ones in file order.
		long before = this.jdbc.sql("SELECT nextval(pg_get_serial_sequence('agreement', 'id'))")
			.query(Long.class)
			.single();
		long nextId = before + 1;
		CopyWriter copy = new CopyWriter(connection, "agreement", "vendor_id, kind, status, effective_date, "
				+ "expiration_date, auto_renews, renewal_term_months, notice_period_days, breach_notice_value, "
				+ "breach_notice_unit, signed_date, counterparty_signatory, owner_id, supersedes_id, "
				+ "current_term_end, next_notice_deadline, key_date, " + AUDIT);
		List<AgreementRow> rows = new ArrayList<>(count);
		for (int v = 0; v < vendors.size(); v++) {
			VendorRow vendor = vendors.get(v);
			Long supersedes = null;
			for (int i = 0; i < perVendor[v]; i++) {
				boolean last = i == perVendor[v] - 1;
				AgreementKind kind = vendor.phi() == PhiAccess.PHI || vendor.phi() == PhiAccess.LIMITED_DATA_SET
						? weighted(random, AgreementKind.values(), 45, 15, 25, 15)
						: weighted(random, AgreementKind.values(), 20, 0, 50, 30);
				AgreementStatus status = vendor.status() == LifecycleStatus.PROSPECT
						? (random.nextBoolean() ? AgreementStatus.DRAFT : AgreementStatus.IN_NEGOTIATION)
						: weighted(random, AgreementStatus.values(), 8, 7, 55, 10, 8, 12);
				if (status == AgreementStatus.SUPERSEDED && last) {
					status = AgreementStatus.EXPIRED;
				}
				int termMonths = 12 * (1 + random.nextInt(3));
				boolean evergreen = status != AgreementStatus.EXPIRED && random.nextInt(100) < 12;
				boolean autoRenews = !evergreen && random.nextInt(100) < 60;
				LocalDate effective;
				if (status == AgreementStatus.EXECUTED) {
					// In force today; about 3% left executed after their expiration (a gap to fix).
					int back = random.nextInt(100) < 3 ? termMonths * 31 + random.nextInt(60)
							: random.nextInt(termMonths * 30 - 1);
					effective = today.minusDays(autoRenews ? random.nextInt(4 * 365) : back);
				}
				else if (status == AgreementStatus.EXPIRED) {
					effective = today.minusMonths(termMonths).minusDays(1 + random.nextInt(900));
				}
				else if (SIGNED.contains(status)) {
					effective = today.minusDays(30 + random.nextInt(5 * 365));
				}
				else {
					effective = random.nextInt(4) == 0 ? null : today.plusDays(random.nextInt(120));
				}
				LocalDate expiration = evergreen || effective == null ? null
						: effective.plusMonths(termMonths).minusDays(1);
				int notice = List.of(30, 60, 90, 120).get(random.nextInt(4));
				int renewal = autoRenews ? 12 : 0;
				boolean baa = kind == AgreementKind.BAA || kind == AgreementKind.SUBCONTRACTOR_BAA;
				BreachNoticeUnit unit = baa ? pick(random, BreachNoticeUnit.values()) : null;
				Integer breachValue = unit == null ? null
						: unit == BreachNoticeUnit.HOURS ? 24 * (1 + random.nextInt(3)) : 1 + random.nextInt(10);
				LocalDate signed = SIGNED.contains(status) ? effective.minusDays(random.nextInt(30)) : null;
				LocalDate termEnd = null;
				LocalDate noticeDeadline = null;
				LocalDate keyDate = null;
				if (status.isOpen()) {
					AgreementTerms.Schedule schedule = new AgreementTerms(effective, expiration, autoRenews, renewal,
							notice).on(today);
					termEnd = schedule.currentTermEnd();
					noticeDeadline = schedule.nextNoticeDeadline();
					keyDate = schedule.keyDate();
				}
				Instant created = signed != null
						? signed.minusDays(random.nextInt(60)).atStartOfDay(this.clock.getZone()).toInstant()
						: now.minus(Duration.ofHours(random.nextInt(24 * 200)));
				if (created.isAfter(now)) {
					created = now;
				}
				Instant updated = created.plus(Duration.ofDays(random.nextInt(30)));
				long id = nextId++;
				copy.row(vendor.id(), kind, status, effective, expiration, autoRenews, renewal, notice, breachValue,
						unit, signed, signed == null ? null : WordLists.person(random) + ", General Counsel",
						WordLists.pick(random, owners), supersedes, termEnd, noticeDeadline, keyDate, created,
						"legal@covenant.test", updated.isAfter(now) ? now : updated, "legal@covenant.test");
				supersedes = status == AgreementStatus.SUPERSEDED ? id : null;
				rows.add(new AgreementRow(id, vendor.id(), kind, status));
			}
		}
		copy.finish();
		if (!rows.isEmpty() && contiguousIds("agreement", before, rows.size()) != before + 1) {
			throw new IllegalStateException("agreement ids are not the ones the sequence gave");
		}
		return rows;
	}

	private long clauses(Connection connection, List<AgreementRow> agreementRows, Random random, Instant now)
			throws SQLException {
		List<Map<String, Object>> definitions = this.jdbc
			.sql("SELECT code, category, required FROM clause_definition ORDER BY position")
			.query()
			.listOfRows();
		CopyWriter copy = new CopyWriter(connection, "agreement_clause",
				"agreement_id, clause_code, status, section_ref, " + AUDIT);
		for (AgreementRow agreement : agreementRows) {
			boolean baa = agreement.kind() == AgreementKind.BAA || agreement.kind() == AgreementKind.SUBCONTRACTOR_BAA;
			boolean signed = SIGNED.contains(agreement.status());
			if (!baa && random.nextInt(4) != 0) {
				continue;
			}
			boolean complete = signed && random.nextInt(100) < 92;
			int reviewedShare = signed ? 100 : random.nextInt(101);
			int section = 1;
			for (Map<String, Object> definition : definitions) {
				boolean required = (Boolean) definition.get("required");
				boolean baaClause = "BAA".equals(definition.get("category"));
				if (!baa && baaClause) {
					continue;
				}
				if (random.nextInt(100) >= (baaClause ? reviewedShare : 70)) {
					continue;
				}
				String status;
				if (required) {
					status = complete || random.nextInt(100) < 85 ? "PRESENT" : "MISSING";
				}
				else {
					status = random.nextInt(10) < 6 ? "PRESENT" : random.nextBoolean() ? "MISSING" : "NOT_APPLICABLE";
				}
				copy.row(agreement.id(), definition.get("code"), status,
						"PRESENT".equals(status) ? "§ " + section++ : null, now, "legal@covenant.test", now,
						"legal@covenant.test");
			}
		}
		return copy.finish();
	}

	private long auditEvents(Connection connection, int count, Random random, Instant now, List<UserSummary> people,
			List<VendorRow> vendors, List<AgreementRow> agreementRows) throws SQLException {
		this.jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(0x436F76656E616E74L).query(Integer.class).list();
		Map<String, Object> last = this.jdbc.sql("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(Map.of("seq", 0L, "hash", "0".repeat(64)));
		long seq = ((Number) last.get("seq")).longValue();
		String previous = (String) last.get("hash");
		CopyWriter copy = new CopyWriter(connection, "audit_event",
				"seq, at, actor, action, entity_type, entity_id, summary, changes, client_ip, prev_hash, hash");
		// Spread over the last two years, strictly increasing, ending before the events already there.
		Instant first = now.minus(Duration.ofDays(730));
		long stepMicros = Math.max(1, ChronoUnit.MICROS.between(first, now.minus(Duration.ofHours(1))) / Math.max(1, count));
		for (int i = 0; i < count; i++) {
			seq++;
			Instant at = first.plus(i * stepMicros + random.nextLong(stepMicros), ChronoUnit.MICROS);
			UserSummary person = WordLists.pick(random, people);
			String actor = person.email();
			String ip = "10.20." + random.nextInt(256) + "." + (1 + random.nextInt(254));
			VendorRow vendor = WordLists.pick(random, vendors);
			AgreementRow agreement = agreementRows.isEmpty() ? null : WordLists.pick(random, agreementRows);
			int kind = random.nextInt(100);
			String action;
			String entityType;
			String entityId;
			String summary;
			String changes = "{}";
			if (kind < 30) {
				action = "SIGN_IN";
				entityType = "User";
				entityId = Long.toString(person.id());
				summary = "Signed in";
			}
			else if (kind < 33) {
				action = "SIGN_IN_FAILED";
				entityType = "User";
				entityId = Long.toString(person.id());
				summary = "Sign-in failed";
			}
			else if (kind < 45) {
				action = "VENDOR_UPDATED";
				entityType = "Vendor";
				entityId = Long.toString(vendor.id());
				summary = "Updated vendor " + vendor.name();
				changes = change("website", "https://old.example", "https://www.example");
			}
			else if (kind < 50) {
				action = "VENDOR_STATUS_CHANGED";
				entityType = "Vendor";
				entityId = Long.toString(vendor.id());
				summary = "Changed the status of " + vendor.name() + " to " + vendor.status();
				changes = change("status", "ONBOARDING", vendor.status().name());
			}
			else if (kind < 55) {
				action = "AI_PROFILE_UPDATED";
				entityType = "Vendor";
				entityId = Long.toString(vendor.id());
				summary = "Updated the AI profile of " + vendor.name();
				changes = change("phiTraining", "UNKNOWN", "NO");
			}
			else if (kind < 58) {
				action = "SUBPROCESSOR_ADDED";
				entityType = "Vendor";
				entityId = Long.toString(vendor.id());
				summary = "Added a sub-processor to " + vendor.name();
			}
			else if (kind < 66 || agreement == null) {
				action = "VENDOR_CREATED";
				entityType = "Vendor";
				entityId = Long.toString(vendor.id());
				summary = "Registered vendor " + vendor.name();
			}
			else if (kind < 74) {
				action = "AGREEMENT_CREATED";
				entityType = "Agreement";
				entityId = Long.toString(agreement.id());
				summary = "Added " + agreement.kind() + " #" + agreement.id();
			}
			else if (kind < 80) {
				action = "AGREEMENT_STATUS_CHANGED";
				entityType = "Agreement";
				entityId = Long.toString(agreement.id());
				summary = "Changed the status of agreement #" + agreement.id() + " to " + agreement.status();
				changes = change("status", "IN_NEGOTIATION", agreement.status().name());
			}
			else if (kind < 93) {
				action = "AGREEMENT_CLAUSE_CHANGED";
				entityType = "Agreement";
				entityId = Long.toString(agreement.id());
				summary = "Reviewed clause BAA-0" + (1 + random.nextInt(9)) + " of agreement #" + agreement.id();
				changes = change("status", "MISSING", "PRESENT");
			}
			else if (kind < 97) {
				action = "OBLIGATION_ACKNOWLEDGED";
				entityType = "Obligation";
				entityId = Long.toString(1 + random.nextInt(Math.max(1, agreementRows.size())));
				summary = "Acknowledged an obligation of agreement #" + agreement.id();
			}
			else {
				action = "DOCUMENT_DOWNLOADED";
				entityType = "Document";
				entityId = Long.toString(1 + random.nextInt(1000));
				summary = "Downloaded a document of agreement #" + agreement.id();
			}
			String hash = AuditService.hash(seq, at, actor, action, entityType, entityId, summary, changes, ip,
					previous);
			copy.row(seq, at, actor, action, entityType, entityId, summary, changes, ip, previous, hash);
			previous = hash;
		}
		return copy.finish();
	}

	/** One field's change in the canonical text PostgreSQL gives back for jsonb (keys by length, then bytes). */
	private static String change(String field, String before, String after) {
		return "{\"" + field + "\": {\"after\": \"" + after + "\", \"before\": \"" + before + "\"}}";
	}

	private long documents(List<AgreementRow> agreementRows, int count, Random random) {
		List<AgreementRow> signed = agreementRows.stream().filter((a) -> SIGNED.contains(a.status())).toList();
		long stored = 0;
		for (int i = 0; i < count && !signed.isEmpty(); i++) {
			AgreementRow agreement = signed.get(random.nextInt(signed.size()));
			byte[] pdf = ("%PDF-1.4\n% Generated agreement " + agreement.id() + " copy " + i
					+ "\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
			this.agreements.upload(agreement.id(), AgreementDocumentKind.SIGNED, "Signed " + agreement.kind() + " "
					+ agreement.id() + "-" + i + ".pdf", pdf);
			stored++;
		}
		return stored;
	}

	/**
	 * Audits we ran or commissioned: most vendors with PHI or a limited data set (85 %) have one to three,
	 * the latest within the last three years; a few others (15 %) one. Results mostly passed.
	 */
	private long vendorAudits(Connection connection, List<VendorRow> vendors, Random random, LocalDate today,
			Instant now) throws SQLException {
		CopyWriter copy = new CopyWriter(connection, "vendor_audit",
				"vendor_id, kind, performed_on, auditor, scope, result, summary, " + AUDIT);
		String[] kinds = { "ON_SITE", "REMOTE", "DOCUMENT_REVIEW", "PEN_TEST_COMMISSIONED" };
		String[] firms = { "Northbridge Assurance LLP", "Keystone Health Security", "RedHarbor Security",
				"Internal security team", "Atlas Risk Partners" };
		for (VendorRow vendor : vendors) {
			boolean phi = vendor.phi() == PhiAccess.PHI || vendor.phi() == PhiAccess.LIMITED_DATA_SET;
			if (vendor.status() == LifecycleStatus.PROSPECT || random.nextInt(100) >= (phi ? 85 : 15)) {
				continue;
			}
			int count = phi ? 1 + random.nextInt(3) : 1;
			LocalDate performed = today.minusDays(30 + random.nextInt(1065));
			for (int i = 0; i < count; i++) {
				int roll = random.nextInt(100);
				String result = roll < 70 ? "PASSED" : roll < 92 ? "PASSED_WITH_FINDINGS" : "FAILED";
				copy.row(vendor.id(), kinds[random.nextInt(kinds.length)], performed, firms[random.nextInt(firms.length)],
						"Generated audit scope", result, null, now, "system", now, "system");
				performed = performed.minusMonths(12 + random.nextInt(13));
			}
		}
		return copy.finish();
	}

	/**
	 * Incident-response commitments of every PHI vendor in service (the row that carries its yearly duties):
	 * 65 % recorded, most verified and exercised within the year, about 15 % of those with the verification
	 * overdue (received 13–18 months ago); the rest not yet recorded, in service since up to two years ago,
	 * so they owe their first verification.
	 */
	private long irCommitments(Connection connection, List<VendorRow> vendors, Random random, LocalDate today,
			Instant now) throws SQLException {
		CopyWriter copy = new CopyWriter(connection, "ir_commitment", "vendor_id, vendor_name, handles_phi, in_service, "
				+ "in_service_since, recorded_on, incident_window_value, incident_window_unit, contingency_notice_hours, "
				+ "contact_name, contact_email, contact_phone, contact_around_the_clock, cooperates, forensic_access, "
				+ "cyber_insured, cyber_coverage, plan_reviewed_on, tabletop_on, verification_received_on, "
				+ "verification_officer, verification_officer_title, updated_at, updated_by");
		for (VendorRow vendor : vendors) {
			boolean phi = vendor.phi() == PhiAccess.PHI || vendor.phi() == PhiAccess.LIMITED_DATA_SET;
			if (!phi || !(vendor.status() == LifecycleStatus.ACTIVE || vendor.status() == LifecycleStatus.ONBOARDING)) {
				continue;
			}
			LocalDate since = today.minusDays(20 + random.nextInt(700));
			if (random.nextInt(100) >= 65) {
				copy.row(vendor.id(), vendor.name(), true, true, since, null, null, null, null, null, null, null, false,
						false, false, false, null, null, null, null, null, null, now, "system");
				continue;
			}
			boolean overdue = random.nextInt(100) < 15;
			LocalDate verified = overdue ? today.minusDays(395 + random.nextInt(150)) : today.minusDays(1 + random.nextInt(330));
			boolean insured = random.nextInt(100) < 80;
			copy.row(vendor.id(), vendor.name(), true, true, since, verified, random.nextBoolean() ? 72 : 5,
					random.nextBoolean() ? "HOURS" : "BUSINESS_DAYS", 24 + 24 * random.nextInt(3), "Incident desk",
					"ir@vendor" + vendor.id() + ".example", "+1 555 01" + (10 + random.nextInt(90)), random.nextInt(100) < 70,
					true, random.nextInt(100) < 60, insured, insured ? "USD " + (1 + random.nextInt(20)) + "M aggregate" : null,
					today.minusDays(random.nextInt(420)), today.minusDays(random.nextInt(420)), verified, "Authorised officer",
					"CISO", now, "system");
		}
		return copy.finish();
	}

	/**
	 * A realistic few incidents: about 2 % of the vendors in service with PHI or a limited data set have
	 * one, reported within the last 13 months, most small (fewer than 500 people, one or two states), a few
	 * large; the older ones closed. Recorded through the incidents service, so their clocks, stored next
	 * deadline, audit events and obligations are what the application computes.
	 */
	private long incidents(List<VendorRow> vendors, Random random, LocalDate today) {
		List<VendorRow> candidates = vendors.stream()
			.filter((v) -> (v.phi() == PhiAccess.PHI || v.phi() == PhiAccess.LIMITED_DATA_SET)
					&& (v.status() == LifecycleStatus.ACTIVE || v.status() == LifecycleStatus.ONBOARDING))
			.toList();
		if (candidates.isEmpty()) {
			return 0;
		}
		int count = Math.max(1, vendors.size() * 2 / 100);
		IncidentKind[] kinds = IncidentKind.values();
		for (int i = 0; i < count; i++) {
			VendorRow vendor = WordLists.pick(random, candidates);
			IncidentKind kind = weighted(random, kinds, 30, 40, 15, 15);
			boolean phi = kind == IncidentKind.BREACH_OF_UNSECURED_PHI || random.nextInt(100) < 30;
			LocalDate discovered = today.minusDays(2 + random.nextInt(400));
			LocalDate reported = discovered.plusDays(random.nextInt(100) < 80 ? random.nextInt(10) : 10 + random.nextInt(60));
			if (reported.isAfter(today.minusDays(1))) {
				reported = today.minusDays(1);
			}
			int affected = !phi ? 0 : random.nextInt(100) < 85 ? 1 + random.nextInt(400) : 500 + random.nextInt(20_000);
			List<StateCount> states = new ArrayList<>();
			if (phi) {
				String first = WordLists.pick(random, UsStates.CODES);
				String second = WordLists.pick(random, UsStates.CODES);
				int inFirst = second.equals(first) ? affected : affected * (50 + random.nextInt(50)) / 100;
				states.add(new StateCount(first, inFirst));
				if (!second.equals(first) && affected > inFirst) {
					states.add(new StateCount(second, affected - inFirst));
				}
			}
			IncidentStatus status = reported.isBefore(today.minusDays(90)) ? IncidentStatus.CLOSED
					: random.nextBoolean() ? IncidentStatus.OPEN : IncidentStatus.CONTAINED;
			this.incidents.record(vendor.id(), new IncidentDetails(kind, status, discovered.minusDays(random.nextInt(5)),
					discovered, reported, null, phi, phi ? affected : null, phi && random.nextBoolean(),
					"Generated incident", null, states));
		}
		return count;
	}

	/**
	 * Assessments: most vendors in service with PHI or a limited data set (70 %) and a few others (15 %)
	 * have a completed initial assessment within the last three years, some (10 %) an assessment in progress
	 * as well, each vendor's by one security officer or administrator. Answers go in with one INSERT … SELECT (deterministic from the ids: mostly yes, some partly,
	 * few no or not applicable), the score and its cap with one UPDATE, as the scoring rule computes them.
	 */
	private long assessments(Connection connection, List<VendorRow> vendors, Random random, LocalDate today,
			Instant now, List<Long> assessors) throws SQLException {
		CopyWriter copy = new CopyWriter(connection, "assessment", "vendor_id, vendor_name, kind, status, bank_version, "
				+ "assessor_id, due_on, completed_on, " + AUDIT);
		for (VendorRow vendor : vendors) {
			boolean phi = vendor.phi() == PhiAccess.PHI || vendor.phi() == PhiAccess.LIMITED_DATA_SET;
			boolean inService = vendor.status() == LifecycleStatus.ACTIVE || vendor.status() == LifecycleStatus.ONBOARDING;
			if (!inService || random.nextInt(100) >= (phi ? 70 : 15)) {
				continue;
			}
			LocalDate completed = today.minusDays(20 + random.nextInt(1050));
			// each vendor's assessments by one of the security officers (from its id: no draw of the random)
			Long assessor = assessors.isEmpty() ? null : assessors.get((int) (vendor.id() % assessors.size()));
			copy.row(vendor.id(), vendor.name(), "INITIAL", "COMPLETED", 1, assessor, completed.minusDays(5), completed,
					now, "system", now, "system");
			if (random.nextInt(100) < 10) {
				copy.row(vendor.id(), vendor.name(), "PERIODIC", "IN_PROGRESS", 1, assessor,
						today.plusDays(random.nextInt(120) - 30), null, now, "system", now, "system");
			}
		}
		long count = copy.finish();
		try (var statement = connection.createStatement()) {
			statement.execute("""
					INSERT INTO assessment_answer (assessment_id, question_code, bank_version, answer, note, answered_by,
					                               answered_at)
					SELECT a.id, q.code, q.bank_version, v.answer,
					       CASE WHEN v.answer = 'NOT_APPLICABLE' THEN 'Generated: does not apply to this service' END,
					       'system', a.created_at
					FROM assessment a
					JOIN assessment_question q ON q.bank_version = a.bank_version AND q.kinds LIKE '%' || a.kind || '%'
					CROSS JOIN LATERAL (SELECT CASE WHEN (a.id * 31 + q.position) % 100 < 78 THEN 'YES'
					                                WHEN (a.id * 31 + q.position) % 100 < 90 THEN 'PARTLY'
					                                WHEN (a.id * 31 + q.position) % 100 < 96 THEN 'NO'
					                                ELSE 'NOT_APPLICABLE' END AS answer) v
					WHERE a.created_by = 'system' AND (a.status = 'COMPLETED' OR q.position % 3 = 0)
					  AND NOT EXISTS (SELECT 1 FROM assessment_answer x WHERE x.assessment_id = a.id)""");
			statement.execute("""
					UPDATE assessment a SET score = CASE WHEN s.critical_no AND s.raw > 40 THEN 40 ELSE s.raw END,
					       capped = s.critical_no AND s.raw > 40,
					       explanation = 'Generated assessment: scored from its weighted answers.'
					FROM (SELECT x.assessment_id,
					             floor(100 * sum(q.weight * CASE x.answer WHEN 'YES' THEN 1 WHEN 'PARTLY' THEN 0.5 ELSE 0 END)
					                   / sum(q.weight) + 0.5)::int AS raw,
					             bool_or(q.critical AND x.answer = 'NO') AS critical_no
					      FROM assessment_answer x
					      JOIN assessment_question q ON q.bank_version = x.bank_version AND q.code = x.question_code
					      WHERE x.answer <> 'NOT_APPLICABLE'
					      GROUP BY x.assessment_id) s
					WHERE a.id = s.assessment_id AND a.status = 'COMPLETED' AND a.score IS NULL""");
		}
		return count;
	}

	/**
	 * Findings: one for each audit that passed with findings or failed, and by hand for a third of the
	 * vendors in service with PHI or a limited data set (one to three). Over half are open (some overdue), a
	 * third remediated, the rest risk accepted (a few of those expired).
	 */
	private long findings(Connection connection, List<VendorRow> vendors, Random random, LocalDate today, Instant now,
			List<Long> owners) throws SQLException {
		String[] severities = { "LOW", "MEDIUM", "MEDIUM", "HIGH", "HIGH", "CRITICAL" };
		String[] titles = { "No MFA for vendor support staff", "Audit logs kept for 30 days only",
				"No bias testing by patient subgroup", "Encryption at rest not covering backups",
				"No annual risk analysis on file", "Sub-processor list out of date", "No drift monitoring of the model",
				"Breach notification later than the BAA allows", "Prompt-injection controls untested" };
		List<long[]> audits = this.jdbc
			.sql("SELECT id, vendor_id, performed_on FROM vendor_audit WHERE result <> 'PASSED' AND vendor_id >= ? "
					+ "ORDER BY id")
			.param(vendors.stream().mapToLong(VendorRow::id).min().orElse(Long.MAX_VALUE))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate().toEpochDay() })
			.list();
		// read before the COPY starts: the COPY holds the transaction's connection until it finishes
		Map<Long, String> names = new HashMap<>();
		vendors.forEach((vendor) -> names.put(vendor.id(), vendor.name()));
		CopyWriter copy = new CopyWriter(connection, "finding", "vendor_id, vendor_name, source, vendor_audit_id, "
				+ "severity, title, vendor_contact, owner_id, opened_on, due_on, status, remediated_on, remediation_note, "
				+ "acceptance_justification, accepted_by, accepted_on, acceptance_expires_on, " + AUDIT);
		for (long[] audit : audits) {
			finding(copy, random, audit[1], names.get(audit[1]), audit[0], LocalDate.ofEpochDay(audit[2]), severities,
					titles, today, now, owners);
		}
		for (VendorRow vendor : vendors) {
			boolean phi = vendor.phi() == PhiAccess.PHI || vendor.phi() == PhiAccess.LIMITED_DATA_SET;
			if (!phi || vendor.status() == LifecycleStatus.PROSPECT || random.nextInt(3) != 0) {
				continue;
			}
			for (int i = 1 + random.nextInt(3); i > 0; i--) {
				finding(copy, random, vendor.id(), vendor.name(), null, today.minusDays(random.nextInt(540)), severities,
						titles, today, now, owners);
			}
		}
		return copy.finish();
	}

	private static void finding(CopyWriter copy, Random random, long vendorId, String vendorName, Long auditId,
			LocalDate opened, String[] severities, String[] titles, LocalDate today, Instant now, List<Long> owners)
			throws SQLException {
		String severity = severities[random.nextInt(severities.length)];
		int days = switch (severity) {
			case "CRITICAL" -> 30;
			case "HIGH" -> 60;
			case "MEDIUM" -> 90;
			default -> 180;
		};
		LocalDate due = opened.plusDays(days);
		int roll = random.nextInt(100);
		String status = roll < 55 ? "OPEN" : roll < 85 ? "REMEDIATED" : "RISK_ACCEPTED";
		LocalDate remediated = null;
		LocalDate acceptedOn = null;
		LocalDate expires = null;
		if ("REMEDIATED".equals(status)) {
			remediated = opened.plusDays(random.nextInt((int) Math.max(1, today.toEpochDay() - opened.toEpochDay() + 1)));
		}
		else if ("RISK_ACCEPTED".equals(status)) {
			acceptedOn = opened.plusDays(random.nextInt((int) Math.max(1, today.toEpochDay() - opened.toEpochDay() + 1)));
			expires = acceptedOn.plusMonths(1 + random.nextInt(12));
		}
		copy.row(vendorId, vendorName, auditId == null ? "MANUAL" : "VENDOR_AUDIT", auditId, severity,
				titles[random.nextInt(titles.length)], "Generated vendor contact",
				owners.isEmpty() ? null : WordLists.pick(random, owners), opened, due, status, remediated,
				remediated == null ? null : "Generated evidence", expires == null ? null : "Generated justification",
				expires == null ? null : "system", acceptedOn, expires, now, "system", now, "system");
	}

	private long standInObligations(Connection connection, long count, Random random, LocalDate today, Instant now,
			List<VendorRow> vendors, List<Long> owners) throws SQLException {
		CopyWriter copy = new CopyWriter(connection, "obligation", "obligation_key, kind, due_date, vendor_id, "
				+ "subject_type, subject_id, title, link, owner_user_id, done, next_reminder_on, " + AUDIT);
		for (long i = 1; i <= count && !vendors.isEmpty(); i++) {
			VendorRow vendor = WordLists.pick(random, vendors);
			ObligationKind kind = pick(random, ObligationKind.values());
			boolean done = random.nextInt(100) < 15;
			copy.row("generated:" + i, kind, today.plusDays(random.nextInt(460) - 60), vendor.id(), STAND_IN_SUBJECT,
					i, "Stand-in obligation for " + vendor.name(), "/vendors/" + vendor.id(),
					WordLists.pick(random, owners), done, done ? null : today, now, "system", now, "system");
		}
		return copy.finish();
	}

	private long notifications(Connection connection, int count, Random random, Instant now, List<UserSummary> people,
			List<VendorRow> vendors) throws SQLException {
		CopyWriter copy = new CopyWriter(connection, "notification", "dedup_key, recipient_user_id, "
				+ "recipient_email, subject, html_body, text_body, status, attempts, next_attempt_at, last_error, "
				+ "sent_at, " + AUDIT);
		for (int i = 1; i <= count; i++) {
			UserSummary person = WordLists.pick(random, people);
			VendorRow vendor = WordLists.pick(random, vendors);
			Instant created = now.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
			int roll = random.nextInt(100);
			String status = roll < 90 ? "SENT" : roll < 93 ? "FAILED" : roll < 95 ? "PENDING" : "CANCELLED";
			String subject = "Reminder: agreement with " + vendor.name() + " comes due";
			String text = "The agreement with " + vendor.name() + " comes due. Open Covenant to review it.";
			copy.row("generated:" + i, person.id(), person.email(), subject, "<p>" + text + "</p>", text, status,
					"SENT".equals(status) ? 1 : "FAILED".equals(status) ? 20 : 0,
					"PENDING".equals(status) ? now.plus(Duration.ofMinutes(5 + random.nextInt(240))) : created,
					"FAILED".equals(status) ? "Mail server unavailable" : null,
					"SENT".equals(status) ? created.plus(Duration.ofSeconds(random.nextInt(120))) : null, created,
					"system", created, "system");
		}
		return copy.finish();
	}

	private long maxId(String table) {
		return this.jdbc.sql("SELECT coalesce(max(id), 0) FROM " + table).query(Long.class).single();
	}

	/** The first id COPY assigned; the rows must have got consecutive ids in file order. */
	private long contiguousIds(String table, long before, long count) {
		Map<String, Object> range = this.jdbc
			.sql("SELECT min(id) AS lo, max(id) AS hi, count(*) AS n FROM " + table + " WHERE id > ?")
			.param(before)
			.query()
			.singleRow();
		if (count == 0) {
			return before + 1;
		}
		long lo = ((Number) range.get("lo")).longValue();
		long hi = ((Number) range.get("hi")).longValue();
		long n = ((Number) range.get("n")).longValue();
		if (n != count || hi - lo + 1 != count) {
			throw new IllegalStateException(table + " ids are not consecutive after COPY");
		}
		return lo;
	}

	private <T> T inTransaction(SqlWork<T> work) {
		return this.transactions.execute((status) -> {
			Connection connection = DataSourceUtils.getConnection(this.dataSource);
			try {
				return work.run(connection);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("bulk load failed", ex);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, this.dataSource);
			}
		});
	}

	@FunctionalInterface
	private interface SqlWork<T> {

		T run(Connection connection) throws SQLException;

	}

	private static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	/** One of {@code values} with the given relative weights (in declaration order). */
	private static <T> T weighted(Random random, T[] values, int... weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

}
