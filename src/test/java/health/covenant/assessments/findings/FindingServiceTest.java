package health.covenant.assessments.findings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.TestUsers;
import health.covenant.assessments.AnswerValue;
import health.covenant.assessments.AssessmentCompleted;
import health.covenant.assessments.AssessmentCompleted.Shortfall;
import health.covenant.audit.AuditEvent;
import health.covenant.certifications.audits.AuditKind;
import health.covenant.certifications.audits.AuditResult;
import health.covenant.certifications.audits.VendorAuditDetails;
import health.covenant.certifications.audits.VendorAuditService;
import health.covenant.documents.TestFiles;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Findings against the database: opened from a completed assessment (once per question, in the same
 * transaction), by hand and from an audit with findings; remediated, accepted (by a security officer
 * only) and reopened, each audited; an expired acceptance is open again; the list's filters.
 */
@IntegrationTest
@WithMockUser(username = "security@covenant.test", roles = "SECURITY_OFFICER")
class FindingServiceTest {

	@Autowired
	FindingService findings;

	@Autowired
	VendorService vendors;

	@Autowired
	VendorAuditService audits;

	@Autowired
	UserService users;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aCriticalNoOpensOneFindingOnlyOnceAndOtherShortAnswersNone() {
		UserSummary owner = TestUsers.create(this.users, "owner", Role.PROCUREMENT);
		long vendor = register("Assessed Scribe", owner.id());
		long assessment = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
		AssessmentCompleted event = new AssessmentCompleted(assessment, vendor, this.clock.today(), List.of(
				new Shortfall("TS-03", "Is PHI encrypted at rest?", "HIPAA technical safeguards", AnswerValue.NO, true,
						"Vendor says only backups are encrypted."),
				new Shortfall("TS-04", "Is MFA enforced for admins?", "HIPAA technical safeguards", AnswerValue.PARTLY,
						true, null),
				new Shortfall("AI-02", "Is bias tested by subgroup?", "AI transparency", AnswerValue.NO, false, null)));

		this.transactions.executeWithoutResult((tx) -> this.events.publishEvent(event));
		this.transactions.executeWithoutResult((tx) -> this.events.publishEvent(event));

		List<FindingRow> rows = vendorRows(vendor);
		assertThat(rows).as("one finding, for the critical NO only, however often the event comes").hasSize(1);
		FindingView finding = this.findings.get(rows.get(0).id());
		assertThat(finding.source()).isEqualTo(FindingSource.assessment(assessment, "TS-03"));
		assertThat(finding.source().link()).isEqualTo("/assessments/" + assessment);
		assertThat(finding.details().severity()).isEqualTo(FindingSeverity.HIGH);
		assertThat(finding.details().title()).isEqualTo("Is PHI encrypted at rest?");
		assertThat(finding.details().description()).contains("HIPAA technical safeguards", "TS-03",
				"Vendor says only backups are encrypted.");
		assertThat(finding.details().ownerId()).as("the vendor's business owner").isEqualTo(owner.id());
		assertThat(finding.details().dueOn()).isEqualTo(this.clock.today().plusDays(60));
		assertThat(finding.currentStatus()).isEqualTo(FindingStatus.OPEN);
	}

	@Test
	void aFailingListenerRollsBackTheCompletingTransaction() {
		long vendor = register("Rolled Back Scribe", null);
		long assessment = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> this.transactions.executeWithoutResult((tx) -> {
			this.events.publishEvent(new AssessmentCompleted(assessment, vendor, this.clock.today(),
					List.of(new Shortfall("DG-01", "Is there a data map?", "Data governance", AnswerValue.NO, true, null))));
			throw new IllegalStateException("the assessment failed to save");
		}));
		assertThat(vendorRows(vendor)).as("nothing half-saved").isEmpty();
	}

	@Test
	void remediationAcceptanceAndReopeningAreRuledAndAudited() {
		long vendor = register("Remediating Scribe", null);
		long id = this.findings.open(vendor, FindingSource.manual(), new FindingDetails(FindingSeverity.CRITICAL,
				"No MFA for support staff", "Support staff sign in with passwords only.", "Jo Smith, CISO", null, null));
		LocalDate today = this.clock.today();
		assertThat(this.findings.get(id).details().dueOn()).as("critical: 30 days").isEqualTo(today.plusDays(30));

		assertThatExceptionOfType(FindingRuleException.class)
			.isThrownBy(() -> this.findings.acceptRisk(id, 0, "Compensating VPN", today.plusMonths(13)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("findings.rule.expiryTooFar"));
		assertThatExceptionOfType(FindingRuleException.class)
			.isThrownBy(() -> this.findings.acceptRisk(id, 0, " ", today.plusMonths(6)))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("justification"));

		this.findings.acceptRisk(id, 0, "Compensating VPN with MFA in front of the console", today.plusMonths(6));
		FindingView accepted = this.findings.get(id);
		assertThat(accepted.currentStatus()).isEqualTo(FindingStatus.RISK_ACCEPTED);
		assertThat(accepted.acceptedBy()).isEqualTo("security@covenant.test");
		assertThat(accepted.overdue()).isFalse();

		// the acceptance expires: the finding is open again, overdue as its due date has passed
		this.clock.setDate(today.plusMonths(6));
		FindingView expired = this.findings.get(id);
		assertThat(expired.currentStatus()).isEqualTo(FindingStatus.OPEN);
		assertThat(expired.acceptanceExpired()).isTrue();
		assertThat(expired.overdue()).isTrue();
		assertThat(this.findings.forVendor(vendor).overdue()).isEqualTo(1);

		this.findings.remediate(id, expired.version(), today.plusMonths(6), "MFA enforced for all support staff",
				new FindingService.Upload("mfa-policy.pdf", TestFiles.pdf("MFA policy")));
		FindingView remediated = this.findings.get(id);
		assertThat(remediated.currentStatus()).isEqualTo(FindingStatus.REMEDIATED);
		assertThat(remediated.acceptanceExpiresOn()).isNull();
		assertThat(this.findings.documents(id)).extracting("fileName").containsExactly("mfa-policy.pdf");

		assertThatExceptionOfType(FindingRuleException.class)
			.isThrownBy(() -> this.findings.update(id, remediated.version(), new FindingDetails(FindingSeverity.LOW,
					"Edited", null, null, null, null)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("findings.rule.notAllowed.EDIT"));
		this.findings.reopen(id, remediated.version(), "MFA was switched off again");
		assertThat(this.findings.get(id).currentStatus()).isEqualTo(FindingStatus.OPEN);
		assertThat(this.findings.get(id).cycle()).isEqualTo(1);

		List<AuditEvent> history = this.findings.history(id);
		assertThat(history).extracting(AuditEvent::action)
			.containsExactly("FINDING_REOPENED", "FINDING_REMEDIATED", "FINDING_RISK_ACCEPTED", "FINDING_OPENED");
		assertThat(history.get(2).changes().get("status").before()).isEqualTo("OPEN");
		assertThat(history.get(2).changes().get("status").after()).isEqualTo("RISK_ACCEPTED");
	}

	@Test
	@WithMockUser(username = "admin@covenant.test", roles = "ADMIN")
	void anAdministratorAloneMayNotAcceptARisk() {
		long vendor = register("Admin Scribe", null);
		long id = this.findings.open(vendor, FindingSource.manual(),
				new FindingDetails(FindingSeverity.LOW, "Old TLS ciphers", null, null, null, null));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.findings.acceptRisk(id, 0, "Because", this.clock.today().plusMonths(1)));
		assertThat(this.findings.get(id).currentStatus()).isEqualTo(FindingStatus.OPEN);
	}

	@Test
	void theInternalOwnerMayRecordTheRemediationOfTheirOwnFindingOnly() {
		UserSummary owner = TestUsers.create(this.users, "finding-owner", Role.PROCUREMENT);
		UserSummary other = TestUsers.create(this.users, "not-owner", Role.PROCUREMENT);
		long vendor = register("Owned Scribe", null);
		long id = this.findings.open(vendor, FindingSource.manual(),
				new FindingDetails(FindingSeverity.MEDIUM, "No DR test", null, null, owner.id(), null));
		LocalDate today = this.clock.today();
		WebUser.runAs(other, () -> assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.findings.remediate(id, 0, today, "Done", null)));
		WebUser.runAs(owner, () -> this.findings.remediate(id, 0, today, "DR test report of last week", null));
		assertThat(this.findings.get(id).currentStatus()).isEqualTo(FindingStatus.REMEDIATED);
	}

	@Test
	void findingsAttachOnlyToAnAuditWithFindingsOfTheSameVendor() {
		long vendor = register("Audited Findings Scribe", null);
		long passed = this.audits.record(vendor, new VendorAuditDetails(AuditKind.REMOTE, this.clock.today(),
				"Internal", null, AuditResult.PASSED, null), null);
		long withFindings = this.audits.record(vendor, new VendorAuditDetails(AuditKind.REMOTE, this.clock.today(),
				"Internal", null, AuditResult.PASSED_WITH_FINDINGS, null), null);
		FindingDetails details = new FindingDetails(FindingSeverity.MEDIUM, "Logs kept 30 days only", null, null,
				null, null);
		assertThatExceptionOfType(FindingRuleException.class)
			.isThrownBy(() -> this.findings.open(vendor, FindingSource.audit(passed), details));
		long id = this.findings.open(vendor, FindingSource.audit(withFindings), details);
		assertThat(this.findings.get(id).source().link()).isEqualTo("/certifications/audits/" + withFindings);
	}

	@Test
	void theListFiltersBySeverityStatusOverdueAndOwnerAndSortsBySeverity() {
		UserSummary owner = TestUsers.create(this.users, "list-owner", Role.SECURITY_OFFICER);
		long vendor = register("Listed Scribe", null);
		LocalDate today = this.clock.today();
		long low = this.findings.open(vendor, FindingSource.manual(),
				new FindingDetails(FindingSeverity.LOW, "Low one", null, null, null, today.plusDays(5)));
		long critical = this.findings.open(vendor, FindingSource.manual(),
				new FindingDetails(FindingSeverity.CRITICAL, "Critical one", null, null, owner.id(), today.plusDays(10)));
		long overdue = this.findings.open(vendor, FindingSource.manual(),
				new FindingDetails(FindingSeverity.MEDIUM, "Overdue one", null, null, null, today.minusDays(1)));
		this.findings.remediate(low, 0, today, "Fixed", null);

		assertThat(vendorRows(vendor)).extracting(FindingRow::id).containsExactly(overdue, low, critical);
		assertThat(page(new FindingQuery(null, null, false, vendor, null, FindingQuery.Sort.SEVERITY)))
			.extracting(FindingRow::id).containsExactly(critical, overdue, low);
		assertThat(page(new FindingQuery(null, FindingStatus.OPEN, false, vendor, null, null)))
			.extracting(FindingRow::id).containsExactly(overdue, critical);
		assertThat(page(new FindingQuery(null, null, true, vendor, null, null))).extracting(FindingRow::id)
			.containsExactly(overdue);
		assertThat(page(new FindingQuery(FindingSeverity.CRITICAL, null, false, vendor, null, null)))
			.extracting(FindingRow::ownerName).containsExactly(owner.displayName());
		assertThat(page(new FindingQuery(null, null, false, null, owner.id(), null))).extracting(FindingRow::id)
			.containsExactly(critical);
		VendorFindings summary = this.findings.forVendor(vendor);
		assertThat(summary.openOf(FindingSeverity.CRITICAL)).isEqualTo(1);
		assertThat(summary.openOf(FindingSeverity.MEDIUM)).isEqualTo(1);
		assertThat(summary.overdue()).isEqualTo(1);
		assertThat(summary.oldestOverdueDue()).isEqualTo(today.minusDays(1));
		assertThat(summary.remediated()).isEqualTo(1);
	}

	@Test
	void theListSortsByVendorSeverityAndDueBothWaysWithTheIdLast() {
		UserSummary owner = TestUsers.create(this.users, "sort-owner", Role.SECURITY_OFFICER);
		long alpha = register("Aaa Sorted", null);
		long beta = register("Bbb Sorted", null);
		LocalDate today = this.clock.today();
		long f1 = open(beta, FindingSeverity.HIGH, owner, today.plusDays(10));
		long f2 = open(alpha, FindingSeverity.CRITICAL, owner, today.plusDays(20));
		long f3 = open(alpha, FindingSeverity.HIGH, owner, today.plusDays(10));
		long f4 = open(beta, FindingSeverity.HIGH, owner, today.plusDays(10));

		assertThat(sorted(owner, FindingQuery.Sort.DUE)).containsExactly(f1, f3, f4, f2);
		assertThat(sorted(owner, FindingQuery.Sort.DUE_DESC)).containsExactly(f2, f4, f3, f1);
		assertThat(sorted(owner, FindingQuery.Sort.SEVERITY)).containsExactly(f2, f1, f3, f4);
		assertThat(sorted(owner, FindingQuery.Sort.SEVERITY_DESC)).containsExactly(f4, f3, f1, f2);
		assertThat(sorted(owner, FindingQuery.Sort.VENDOR)).containsExactly(f3, f2, f1, f4);
		assertThat(sorted(owner, FindingQuery.Sort.VENDOR_DESC)).containsExactly(f4, f1, f2, f3);

		// a rename moves the vendor's findings in the vendor order, and the rows show the new name
		String renamed = "Zzz Renamed " + UUID.randomUUID().toString().substring(0, 8);
		health.covenant.shared.SystemActor.runAs(() -> this.vendors.update(alpha,
				this.vendors.getView(alpha).version(), VendorDetails.named(renamed, PhiAccess.PHI)));
		assertThat(page(new FindingQuery(null, null, false, null, owner.id(), FindingQuery.Sort.VENDOR)))
			.extracting(FindingRow::id, FindingRow::vendorName)
			.containsExactly(tuple(f1, this.vendors.getSummary(beta).name()),
					tuple(f4, this.vendors.getSummary(beta).name()), tuple(f3, renamed), tuple(f2, renamed));
	}

	private long open(long vendor, FindingSeverity severity, UserSummary owner, LocalDate due) {
		return this.findings.open(vendor, FindingSource.manual(),
				new FindingDetails(severity, severity + " one", null, null, owner.id(), due));
	}

	private List<Long> sorted(UserSummary owner, FindingQuery.Sort sort) {
		return page(new FindingQuery(null, null, false, null, owner.id(), sort)).stream().map(FindingRow::id).toList();
	}

	private List<FindingRow> vendorRows(long vendor) {
		return page(new FindingQuery(null, null, false, vendor, null, null));
	}

	private List<FindingRow> page(FindingQuery query) {
		return this.findings.page(query, PageRequest.of(0, 25)).getContent();
	}

	private long register(String name, Long ownerId) {
		String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
		long[] id = new long[1];
		health.covenant.shared.SystemActor.runAs(() -> {
			id[0] = this.vendors.register(VendorDetails.named(unique, PhiAccess.PHI));
			if (ownerId != null) {
				this.jdbc.sql("UPDATE vendor SET business_owner_id = ? WHERE id = ?").param(ownerId).param(id[0]).update();
			}
		});
		return id[0];
	}

}
