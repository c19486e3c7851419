package health.covenant.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import health.covenant.IntegrationTest;
import health.covenant.agreements.AgreementService;
import health.covenant.agreements.ComplianceGapService;
import health.covenant.audit.AuditService;
import health.covenant.certifications.audits.AuditScheduleService;
import health.covenant.incidents.IncidentService;
import health.covenant.identity.UserService;
import health.covenant.notifications.ReminderEngine;
import health.covenant.obligations.ObligationService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator at 1/500 of the benchmark scale, inside a transaction that is rolled back so the
 * shared test database is left as it was.
 */
@IntegrationTest
class DataGeneratorTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserService users;

	@Autowired
	AgreementService agreements;

	@Autowired
	ObligationService obligations;

	@Autowired
	ComplianceGapService gaps;

	@Autowired
	AuditService audit;

	@Autowired
	ReminderEngine reminders;

	@Autowired
	health.covenant.certifications.CertificationStateService certificationStates;

	@Autowired
	AuditScheduleService auditSchedules;

	@Autowired
	IncidentService incidents;

	@Autowired
	health.covenant.assessments.AssessmentScheduleService assessmentSchedules;

	@Autowired
	health.covenant.risk.RiskService risks;

	@Autowired
	Clock clock;

	@Test
	void theSameSeedGivesTheSameData() {
		assertThat(generateAndRollBack()).isEqualTo(generateAndRollBack());
	}

	private List<String> generateAndRollBack() {
		return this.transactions.execute((status) -> {
			status.setRollbackOnly();
			long vendorsBefore = maxId("vendor");
			long agreementsBefore = maxId("agreement");
			DataGenerator generator = new DataGenerator(this.dataSource, this.jdbc, this.transactions, this.users,
					this.agreements, this.obligations, this.gaps, this.audit, this.reminders, this.certificationStates,
					this.auditSchedules, this.incidents, this.assessmentSchedules, this.risks, this.clock);
			GeneratorProperties scale = GeneratorProperties.defaultsDividedBy(500);

			DataGenerator.Summary summary = generator.generate(scale).orElseThrow();

			assertThat(summary.chain().intact()).as("audit chain after generation").isTrue();
			assertThat(summary.vendors()).isEqualTo(20);
			assertThat(summary.agreements()).isEqualTo(60);
			assertThat(summary.auditEvents()).isEqualTo(400);
			assertThat(summary.documents()).isEqualTo(4);
			assertThat(summary.notifications()).isEqualTo(40);
			assertThat(count("SELECT count(*) FROM obligation")).isGreaterThanOrEqualTo(200);
			assertThat(count("SELECT count(*) FROM ai_profile WHERE vendor_id > ?", vendorsBefore)).isPositive();
			assertThat(count("SELECT count(*) FROM subprocessor WHERE vendor_id > ?", vendorsBefore)).isPositive();
			assertThat(count("SELECT count(*) FROM vendor_audit WHERE vendor_id > ?", vendorsBefore)).isPositive();
			assertThat(count("SELECT count(*) FROM finding WHERE vendor_id > ?", vendorsBefore)).isPositive();
			assertThat(count("SELECT count(*) FROM obligation WHERE kind = 'FINDING_REMEDIATION_DUE' AND vendor_id > ?",
					vendorsBefore)).as("open findings have their obligations").isPositive();
			assertThat(count("SELECT count(*) FROM finding f JOIN vendor v ON v.id = f.vendor_id WHERE f.vendor_id > ? "
					+ "AND f.vendor_name <> v.name", vendorsBefore)).as("findings carry their vendor's name").isZero();
			assertThat(count("SELECT count(*) FROM assessment a JOIN vendor v ON v.id = a.vendor_id WHERE a.vendor_id > ? "
					+ "AND a.vendor_name <> v.name", vendorsBefore)).as("assessments carry their vendor's name").isZero();
			assertThat(count("SELECT count(*) FROM assessment WHERE vendor_id > ?", vendorsBefore)).isPositive();
			assertThat(count("SELECT count(*) FROM assessment WHERE vendor_id > ? AND assessor_id IS NULL", vendorsBefore))
				.as("generated assessments have an assessor")
				.isZero();
			assertThat(count("SELECT count(*) FROM vendor_audit_state WHERE vendor_id > ? AND next_due IS NOT NULL",
					vendorsBefore)).isPositive();
			assertThat(count("SELECT count(*) FROM agreement_clause WHERE agreement_id > ?", agreementsBefore))
				.isPositive();
			assertThat(this.jdbc.sql("SELECT DISTINCT status FROM agreement WHERE id > ? ORDER BY 1")
				.param(agreementsBefore)
				.query(String.class)
				.list()).as("every status").hasSize(6);
			assertThat(count("SELECT count(*) FROM agreement WHERE id > ? AND status = 'EXECUTED' "
					+ "AND key_date IS NULL AND expiration_date IS NOT NULL", agreementsBefore))
				.as("executed agreements with a term have their computed dates")
				.isZero();
			assertThat(count("SELECT count(*) FROM vendor_risk WHERE vendor_id > ?", vendorsBefore))
				.as("every generated vendor is scored")
				.isEqualTo(20);
			assertThat(count("SELECT count(*) FROM vendor WHERE id > ? AND risk_tier IS NOT NULL", vendorsBefore))
				.as("and its tier is on the vendor row")
				.isEqualTo(20);
			assertThat(count("SELECT count(*) FROM risk_snapshot WHERE vendor_id > ?", vendorsBefore))
				.as("some scores have a history")
				.isGreaterThan(20);
			assertThat(count("SELECT count(*) FROM compliance_gap_check WHERE vendor_id > ?", vendorsBefore))
				.as("the generated vendors' gaps are stored")
				.isEqualTo(20);
			LocalDate today = LocalDate.now(this.clock);
			assertThat(count("SELECT count(*) FROM reminder r JOIN obligation o ON o.id = r.obligation_id "
					+ "WHERE o.vendor_id > ? AND r.reminded_on = ?", vendorsBefore, today.minusDays(1)))
				.as("the reminders reached by yesterday are in the ledger")
				.isPositive();
			assertThat(count("SELECT count(*) FROM reminder WHERE notification_id IS NULL"))
				.as("and recorded as sent")
				.isZero();
			assertThat(count("SELECT count(*) FROM obligation WHERE NOT done AND next_reminder_on < ?", today))
				.as("the first run looks only at what comes due on the generation day")
				.isZero();
			assertThat(this.reminders.recordReminders(today.minusDays(1))).as("yesterday's sweep again").isZero();
			assertThat(count("SELECT count(*) FROM vendor_assurance WHERE vendor_id > ?", vendorsBefore))
				.as("the generated vendors' certification states are stored")
				.isEqualTo(20);
			assertThat(count("SELECT count(*) FROM certification_state WHERE vendor_id > ?", vendorsBefore))
				.as("every generated certification has its stored state")
				.isEqualTo(count("SELECT count(*) FROM certification WHERE vendor_id > ?", vendorsBefore))
				.isPositive();
			assertThat(count("SELECT count(*) FROM ir_commitment WHERE vendor_id > ?", vendorsBefore))
				.as("every PHI vendor in service has its incident-response commitments row")
				.isEqualTo(count("SELECT count(*) FROM vendor WHERE id > ? AND phi_access IN ('PHI', 'LIMITED_DATA_SET') "
						+ "AND status IN ('ONBOARDING', 'ACTIVE')", vendorsBefore))
				.isPositive();
			assertThat(count("SELECT count(*) FROM obligation WHERE kind = 'BA_VERIFICATION_DUE' "
					+ "AND subject_type = 'IrCommitment' AND vendor_id > ?", vendorsBefore))
				.as("and owes its safeguard verification")
				.isEqualTo(count("SELECT count(*) FROM ir_commitment WHERE vendor_id > ?", vendorsBefore));
			assertThat(count("SELECT count(*) FROM vendor_incident WHERE vendor_id > ?", vendorsBefore))
				.as("a few incidents, recorded through the service")
				.isEqualTo(1);
			assertThat(generator.generate(scale)).as("a second run on the same database").isEmpty();
			return this.jdbc.sql("SELECT name FROM vendor WHERE id > ? ORDER BY id")
				.param(vendorsBefore)
				.query(String.class)
				.list();
		});
	}

	private long maxId(String table) {
		return count("SELECT coalesce(max(id), 0) FROM " + table);
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
