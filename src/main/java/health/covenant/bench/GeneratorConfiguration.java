package health.covenant.bench;

import java.time.Clock;

import javax.sql.DataSource;

import health.covenant.agreements.AgreementService;
import health.covenant.agreements.ComplianceGapService;
import health.covenant.risk.RiskService;
import health.covenant.certifications.CertificationStateService;
import health.covenant.assessments.AssessmentScheduleService;
import health.covenant.audit.AuditService;
import health.covenant.certifications.audits.AuditScheduleService;
import health.covenant.incidents.IncidentService;
import health.covenant.identity.UserService;
import health.covenant.notifications.ReminderEngine;
import health.covenant.obligations.ObligationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code generate} profile: after start-up (and after the demo accounts exist) fill the database
 * once, print what was written, then stop the application. Never active in normal start-up.
 */
@Configuration(proxyBeanMethods = false)
@Profile("generate")
class GeneratorConfiguration {

	private static final Logger log = LoggerFactory.getLogger(GeneratorConfiguration.class);

	@Bean
	DataGenerator dataGenerator(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions,
			UserService users, AgreementService agreements, ObligationService obligations, ComplianceGapService gaps,
			AuditService audit, ReminderEngine reminders, CertificationStateService certificationStates,
			AuditScheduleService auditSchedules, IncidentService incidents,
			AssessmentScheduleService assessmentSchedules, RiskService risks, Clock clock) {
		return new DataGenerator(dataSource, jdbc, transactions, users, agreements, obligations, gaps, audit,
				reminders, certificationStates, auditSchedules, incidents, assessmentSchedules, risks, clock);
	}

	@Bean
	@Order(100)
	ApplicationRunner generateAndStop(DataGenerator generator, GeneratorProperties scale,
			ConfigurableApplicationContext context) {
		return (args) -> {
			log.info("Generating {}", scale);
			int exitCode = generator.generate(scale).map((summary) -> {
				log.info("Generated in {} s: {} vendors, {} agreements, {} clause findings, {} documents, "
						+ "{} obligations, {} e-mails, {} audit events; audit chain {} ({} events checked)",
						summary.took().toSeconds(), summary.vendors(), summary.agreements(), summary.clauses(),
						summary.documents(), summary.obligations(), summary.notifications(), summary.auditEvents(),
						summary.chain().intact() ? "valid" : "BROKEN", summary.chain().eventsChecked());
				return summary.chain().intact() ? 0 : 1;
			}).orElseGet(() -> {
				log.warn("This database already holds generated data; nothing written");
				return 3;
			});
			System.exit(SpringApplication.exit(context, () -> exitCode));
		};
	}

}
