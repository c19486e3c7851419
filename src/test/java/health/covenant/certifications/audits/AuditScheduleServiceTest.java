package health.covenant.certifications.audits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.documents.DocumentService;
import health.covenant.documents.TestFiles;
import health.covenant.vendors.LifecycleStatus;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The stored audit state follows each of its inputs, and a full rebuild gives the same rows. */
@IntegrationTest
@WithMockUser(username = "admin@covenant.test", roles = "ADMIN")
class AuditScheduleServiceTest {

	@Autowired
	AuditScheduleService schedules;

	@Autowired
	VendorAuditService audits;

	@Autowired
	VendorService vendors;

	@Autowired
	DocumentService documents;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aPhiVendorIsDueAfterTheGraceFromOnboardingThenAfterEachAuditPlusItsCadence() {
		LocalDate today = this.clock.today();
		long vendor = register("Audit Scribe", PhiAccess.PHI);
		assertThat(standing(vendor).dueBasis()).as("a prospect has none").isEqualTo(DueBasis.NOT_IN_SERVICE);
		assertThat(standing(vendor).nextDue()).isNull();

		moveTo(vendor, LifecycleStatus.ONBOARDING);
		assertThat(standing(vendor)).satisfies((s) -> {
			assertThat(s.dueBasis()).isEqualTo(DueBasis.ONBOARDING_GRACE);
			assertThat(s.nextDue()).isEqualTo(today.plusDays(90));
			assertThat(s.cadenceMonths()).isEqualTo(12);
			assertThat(s.lastAuditOn()).isNull();
		});

		long audit = this.audits.record(vendor, details(today.minusDays(30), AuditResult.PASSED_WITH_FINDINGS), null);
		assertThat(standing(vendor)).satisfies((s) -> {
			assertThat(s.dueBasis()).isEqualTo(DueBasis.LAST_AUDIT);
			assertThat(s.lastAuditId()).isEqualTo(audit);
			assertThat(s.lastAuditOn()).isEqualTo(today.minusDays(30));
			assertThat(s.lastResult()).isEqualTo(AuditResult.PASSED_WITH_FINDINGS);
			assertThat(s.nextDue()).isEqualTo(today.minusDays(30).plusMonths(12));
		});

		long older = this.audits.record(vendor, details(today.minusYears(1), AuditResult.FAILED), null);
		assertThat(standing(vendor).lastAuditId()).as("the latest by date stays the last").isEqualTo(audit);

		VendorAuditView edited = this.audits.get(audit);
		this.audits.update(audit, edited.version(), details(today.minusDays(10), AuditResult.PASSED));
		assertThat(standing(vendor).lastResult()).isEqualTo(AuditResult.PASSED);
		assertThat(standing(vendor).nextDue()).isEqualTo(today.minusDays(10).plusMonths(12));

		this.audits.delete(audit, this.audits.get(audit).version());
		assertThat(standing(vendor).lastAuditId()).isEqualTo(older);
		assertThat(standing(vendor).nextDue()).as("due a year after the older audit").isEqualTo(today.minusYears(1).plusMonths(12));
		assertThat(standing(vendor).overdue()).isFalse();
		assertThat(standing(vendor).daysUntilDue()).isZero();
	}

	@Test
	void theCadenceFollowsAnOverrideAndThePhiAccess() {
		LocalDate today = this.clock.today();
		long vendor = register("Cadence Scribe", PhiAccess.PHI);
		moveTo(vendor, LifecycleStatus.ONBOARDING);
		this.audits.record(vendor, details(today.minusMonths(2), AuditResult.PASSED), null);
		assertThat(standing(vendor).nextDue()).isEqualTo(today.minusMonths(2).plusMonths(12));

		assertThatExceptionOfType(VendorAuditRuleException.class)
			.isThrownBy(() -> this.audits.setCadence(vendor, 0, 6, " "))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("reason"));
		this.audits.setCadence(vendor, 0, 6, "Failed pen test last year");
		assertThat(standing(vendor)).satisfies((s) -> {
			assertThat(s.cadenceMonths()).isEqualTo(6);
			assertThat(s.cadenceSource()).isEqualTo(CadenceSource.OVERRIDE);
			assertThat(s.nextDue()).isEqualTo(today.minusMonths(2).plusMonths(6));
		});

		this.audits.setCadence(vendor, this.audits.cadence(vendor).version(), null, null);
		VendorDetails details = this.vendors.getView(vendor).details();
		this.vendors.update(vendor, this.vendors.getView(vendor).version(), withPhi(details, PhiAccess.LIMITED_DATA_SET));
		assertThat(standing(vendor)).satisfies((s) -> {
			assertThat(s.cadenceMonths()).isEqualTo(24);
			assertThat(s.cadenceSource()).isEqualTo(CadenceSource.PHI_ACCESS);
			assertThat(s.phiAccess()).isEqualTo(PhiAccess.LIMITED_DATA_SET);
			assertThat(s.nextDue()).isEqualTo(today.minusMonths(2).plusMonths(24));
		});
	}

	@Test
	void anOffboardedVendorHasNoAuditDueAndTheListFiltersByDue() {
		LocalDate today = this.clock.today();
		long overdue = register("Overdue Scribe", PhiAccess.PHI);
		moveTo(overdue, LifecycleStatus.ONBOARDING);
		this.audits.record(overdue, details(today.minusMonths(13), AuditResult.PASSED), null);
		long never = register("Never Scribe", PhiAccess.PHI);
		moveTo(never, LifecycleStatus.ONBOARDING);
		assertThat(standing(overdue).overdue()).isTrue();

		assertThat(ids(new AuditListQuery(AuditListQuery.DueFilter.OVERDUE, 0, null, overdue))).containsExactly(overdue);
		assertThat(ids(new AuditListQuery(AuditListQuery.DueFilter.WITHIN, 90, null, overdue))).isEmpty();
		assertThat(ids(new AuditListQuery(AuditListQuery.DueFilter.WITHIN, 90, null, never))).containsExactly(never);
		assertThat(ids(new AuditListQuery(AuditListQuery.DueFilter.WITHIN, 89, null, never))).isEmpty();
		assertThat(ids(new AuditListQuery(AuditListQuery.DueFilter.NEVER_AUDITED, 0, null, never))).containsExactly(never);
		assertThat(ids(new AuditListQuery(AuditListQuery.DueFilter.NEVER_AUDITED, 0, null, overdue))).isEmpty();
		assertThat(ids(new AuditListQuery(null, 0, AuditResult.PASSED, overdue))).containsExactly(overdue);
		assertThat(ids(new AuditListQuery(null, 0, AuditResult.FAILED, overdue))).isEmpty();

		moveTo(overdue, LifecycleStatus.TERMINATED);
		assertThat(standing(overdue).nextDue()).isNull();
		assertThat(standing(overdue).dueBasis()).isEqualTo(DueBasis.NOT_IN_SERVICE);
		assertThat(ids(new AuditListQuery(AuditListQuery.DueFilter.OVERDUE, 0, null, overdue))).isEmpty();
		assertThat(ids(new AuditListQuery(null, 0, null, overdue))).as("its last audit still shows").containsExactly(overdue);

		Map<Long, AuditStanding> both = this.schedules.forVendors(List.of(overdue, never));
		assertThat(both).containsOnlyKeys(overdue, never);
		assertThat(both.get(overdue).lastResult()).isEqualTo(AuditResult.PASSED);
		assertThat(both.get(never).nextDue()).isEqualTo(today.plusDays(90));
	}

	@Test
	void theIncrementalRowsEqualAFullRebuild() {
		LocalDate today = this.clock.today();
		long vendor = register("Rebuild Scribe", PhiAccess.PHI);
		moveTo(vendor, LifecycleStatus.ONBOARDING);
		this.audits.record(vendor, details(today.minusMonths(5), AuditResult.PASSED), null);
		this.audits.setCadence(vendor, 0, 9, "Board decision");
		List<Map<String, Object>> before = rows();
		this.jdbc.sql("DELETE FROM vendor_audit_state_rebuild").update();
		assertThat(this.schedules.neverComputed()).as("rows of single vendors are no full rebuild").isTrue();
		this.schedules.rebuild();
		assertThat(rows()).isEqualTo(before);
		assertThat(this.schedules.neverComputed()).isFalse();
		assertThat(this.schedules.policyChanged()).isFalse();
	}

	@Test
	void rowsComputedWithOtherDefaultsAreNoticedAndRebuilt() {
		long vendor = register("Policy Scribe", PhiAccess.PHI);
		moveTo(vendor, LifecycleStatus.ONBOARDING);
		assertThat(this.schedules.policyChanged()).isFalse();
		this.jdbc.sql("UPDATE vendor_audit_state SET cadence_months = 18 WHERE vendor_id = ?").param(vendor).update();
		assertThat(this.schedules.policyChanged()).as("stored with an 18-month default").isTrue();
		this.schedules.rebuild();
		assertThat(this.schedules.policyChanged()).isFalse();
		this.jdbc.sql("UPDATE vendor_audit_state SET next_due = next_due + 30 WHERE vendor_id = ?").param(vendor).update();
		assertThat(this.schedules.policyChanged()).as("stored with a 120-day grace").isTrue();
		this.schedules.recompute(List.of(vendor));
		assertThat(this.schedules.policyChanged()).isFalse();
	}

	@Test
	void everyChangeAndEveryReportUploadAndDownloadIsAudited() {
		LocalDate today = this.clock.today();
		long vendor = register("Trail Scribe", PhiAccess.PHI);
		long audit = this.audits.record(vendor, details(today.minusDays(3), AuditResult.PASSED),
				new VendorAuditService.Upload("first report.pdf", TestFiles.pdf("first")));
		this.audits.update(audit, this.audits.get(audit).version(), details(today.minusDays(2), AuditResult.FAILED));
		long report = this.audits.upload(audit, "second report.pdf", TestFiles.pdf("second")).id();
		this.documents.download(report);
		this.audits.setCadence(vendor, 0, 18, "Low volume");
		this.audits.delete(audit, this.audits.get(audit).version());

		assertThat(actions("VendorAudit", audit)).containsExactly("VENDOR_AUDIT_RECORDED", "VENDOR_AUDIT_UPDATED",
				"VENDOR_AUDIT_DELETED");
		assertThat(actions("Document", report)).containsExactly("DOCUMENT_UPLOADED", "DOCUMENT_DOWNLOADED",
				"DOCUMENT_DELETED");
		assertThat(actions("VendorAuditCadence", vendor)).containsExactly("VENDOR_AUDIT_CADENCE_CHANGED");
		assertThat(this.documents.forOwner(VendorAuditService.ENTITY, audit)).as("reports go with the audit").isEmpty();
	}

	private List<String> actions(String entityType, long id) {
		return this.jdbc.sql("SELECT action FROM audit_event WHERE entity_type = ? AND entity_id = ? ORDER BY seq")
			.params(entityType, String.valueOf(id))
			.query(String.class)
			.list();
	}

	private List<Map<String, Object>> rows() {
		return this.jdbc.sql("SELECT vendor_id, vendor_name, phi_access, owner_id, last_audit_id, last_audit_on, "
				+ "last_result, cadence_months, cadence_source, next_due, due_basis FROM vendor_audit_state ORDER BY vendor_id")
			.query()
			.listOfRows();
	}

	private List<Long> ids(AuditListQuery query) {
		return this.schedules.page(query, PageRequest.of(0, 25)).map(AuditStanding::vendorId).getContent();
	}

	private AuditStanding standing(long vendor) {
		return this.schedules.forVendor(vendor).orElseThrow();
	}

	private long register(String name, PhiAccess phi) {
		return this.vendors.register(VendorDetails.named(name + " " + UUID.randomUUID().toString().substring(0, 8), phi));
	}

	private void moveTo(long vendor, LifecycleStatus status) {
		this.vendors.changeStatus(vendor, this.vendors.getView(vendor).version(), status);
	}

	static VendorAuditDetails details(LocalDate on, AuditResult result) {
		return new VendorAuditDetails(AuditKind.REMOTE, on, "Acme Assurance LLP", "Hosting and model pipeline", result,
				null);
	}

	static VendorDetails withPhi(VendorDetails d, PhiAccess phi) {
		return new VendorDetails(d.name(), d.legalName(), d.website(), d.description(), d.serviceCategory(),
				d.businessOwnerId(), d.primaryContact(), d.securityContact(), phi, d.recordVolume(), d.systemAccess(),
				d.hostingRegions(), d.externalReference());
	}

}
