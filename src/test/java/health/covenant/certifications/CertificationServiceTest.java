package health.covenant.certifications;

import java.time.LocalDate;
import java.util.List;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.documents.TestFiles;
import health.covenant.obligations.Obligation;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationQuery;
import health.covenant.obligations.ObligationService;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorDetails;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import static health.covenant.certifications.CertificationFixtures.soc2;
import static health.covenant.certifications.CertificationFixtures.vendorInService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The stored certification states follow every change (add, edit, renew, delete, the vendor's own
 * changes) in the transaction of the change, equal a full rebuild, and follow the calendar through the
 * nightly step; the obligations follow the certifications; the audit trail records each change.
 */
@IntegrationTest
@WithMockUser(username = "admin@covenant.test", roles = "ADMIN")
class CertificationServiceTest {

	@Autowired
	CertificationService certifications;

	@Autowired
	CertificationStateService states;

	@Autowired
	VendorService vendors;

	@Autowired
	ObligationService obligations;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void storedStateFollowsAddEditRenewAndDelete() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Cert Scribe", PhiAccess.PHI);
		assertThat(this.states.assurance(vendor).missing()).isTrue();
		assertThat(this.states.assurance(vendor).best()).isNull();

		long old = this.certifications.create(vendor, soc2(today.minusMonths(11)), true, null);
		VendorAssurance assurance = this.states.assurance(vendor);
		assertThat(assurance.missing()).isFalse();
		assertThat(assurance.best().id()).isEqualTo(old);
		assertThat(assurance.best().state()).isEqualTo(CertificationState.EXPIRING);
		assertThat(assurance.best().verified()).isTrue();
		assertThat(assurance.assuredUntil()).isEqualTo(CertificationValidity.plusMonths(today.minusMonths(11), 12));

		// edit: the period ended earlier, the report is stale today
		long version = this.certifications.get(old).version();
		this.certifications.update(old, version, soc2(today.minusMonths(14)), true);
		assertThat(this.states.assurance(vendor).best().state()).isEqualTo(CertificationState.STALE);
		assertThat(this.states.assurance(vendor).missing()).isTrue();

		// renew: a newer report of the same type replaces the older in the list and the summary
		long renewal = this.certifications.create(vendor, soc2(today.minusMonths(2)), false, null);
		assertThat(this.states.forVendor(vendor)).extracting(CertificationRow::id, CertificationRow::renewed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(renewal, false),
					org.assertj.core.groups.Tuple.tuple(old, true));
		assertThat(this.states.assurance(vendor).best().id()).isEqualTo(renewal);
		assertThat(this.states.page(new CertificationQuery(null, null, vendor, null), PageRequest.of(0, 25))
			.getContent()).extracting(CertificationRow::id).containsExactly(renewal);

		this.certifications.delete(renewal);
		assertThat(this.states.assurance(vendor).best().id()).isEqualTo(old);
		assertThat(this.states.forVendor(vendor)).extracting(CertificationRow::renewed).containsExactly(false);

		List<String> actions = this.jdbc
			.sql("SELECT action FROM audit_event WHERE entity_type = 'Certification' AND entity_id IN (?, ?) ORDER BY seq")
			.params(Long.toString(old), Long.toString(renewal))
			.query(String.class)
			.list();
		assertThat(actions).containsExactly("CERTIFICATION_CREATED", "CERTIFICATION_UPDATED", "CERTIFICATION_CREATED",
				"CERTIFICATION_DELETED");
	}

	@Test
	void theVendorsOwnChangesReachTheStoredRows() {
		long vendor = vendorInService(this.vendors, "Rename Scribe", PhiAccess.NONE);
		this.certifications.create(vendor, CertificationDetails.of(CertificationType.PEN_TEST, "NCC",
				this.clock.today().minusMonths(1)), false, null);
		assertThat(this.states.assurance(vendor).phiInService()).isFalse();
		var view = this.vendors.getView(vendor);
		String renamed = "Renamed Scribe " + vendor;
		this.vendors.update(vendor, view.version(), VendorDetails.named(renamed, PhiAccess.PHI));
		assertThat(this.states.forVendor(vendor)).extracting(CertificationRow::vendorName).containsExactly(renamed);
		assertThat(this.states.assurance(vendor).phiInService()).isTrue();
		// a pen test is not third-party assurance of the vendor's controls
		assertThat(this.states.assurance(vendor).missing()).isTrue();
	}

	@Test
	void theNightlyStepMovesTheBestAssuranceWhenOneLapsesAndTheRebuildEqualsTheIncrementalRows() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Lapse Scribe", PhiAccess.PHI);
		long soc = this.certifications.create(vendor, soc2(today.minusMonths(12).plusDays(5)), false, null);
		long pen = this.certifications.create(vendor,
				CertificationDetails.of(CertificationType.HIPAA_ASSESSMENT, "Clearwater", today.minusMonths(3)), false,
				null);
		assertThat(this.states.assurance(vendor).best().id()).isEqualTo(soc);
		LocalDate socLapses = this.states.assurance(vendor).best().schedule().lapsesOn();

		this.clock.setDate(socLapses);
		// read on the day: the stored dates say it is stale, nothing was rewritten yet
		assertThat(this.states.find(soc).orElseThrow().state()).isEqualTo(CertificationState.STALE);
		assertThat(this.states.assurance(vendor).best().id()).isEqualTo(soc);
		assertThat(this.states.refreshDue()).isPositive();
		assertThat(this.states.assurance(vendor).best().id()).isEqualTo(pen);
		assertThat(this.states.assurance(vendor).missing()).isFalse();

		List<String> incremental = storedRows(vendor);
		this.states.rebuild();
		assertThat(storedRows(vendor)).isEqualTo(incremental);
	}

	@Test
	void obligationsFollowTheCertificationAndARenewalCompletesTheOlderOnes() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Duty Scribe", PhiAccess.PHI);
		long r2 = this.certifications.create(vendor,
				CertificationDetails.of(CertificationType.HITRUST_R2, "HITRUST", today.minusMonths(10)), false, null);
		await().until(() -> open(vendor).size() == 2);
		assertThat(open(vendor)).extracting(Obligation::kind)
			.containsExactlyInAnyOrder(ObligationKind.CERTIFICATION_LAPSE, ObligationKind.CERTIFICATION_INTERIM_DUE);

		long version = this.certifications.get(r2).version();
		this.certifications.update(r2, version, CertificationDetails
			.of(CertificationType.HITRUST_R2, "HITRUST", today.minusMonths(10))
			.withInterimSubmittedOn(today), true);
		await().until(() -> open(vendor).size() == 1);
		assertThat(open(vendor)).singleElement()
			.satisfies((o) -> assertThat(o.dueDate()).isEqualTo(CertificationValidity.plusMonths(today.minusMonths(10), 24)));

		long renewed = this.certifications.create(vendor,
				CertificationDetails.of(CertificationType.HITRUST_R2, "HITRUST", today.minusDays(1)), false, null);
		await().until(() -> open(vendor).size() == 2 && open(vendor).stream().allMatch((o) -> o.subjectId() == renewed));
		assertThat(open(vendor)).extracting(Obligation::kind)
			.containsExactlyInAnyOrder(ObligationKind.CERTIFICATION_LAPSE, ObligationKind.CERTIFICATION_INTERIM_DUE);
	}

	@Test
	@WithMockUser(username = "procurement@covenant.test", roles = "PROCUREMENT")
	void procurementAddsAReportButMayNotVerifyEditOrUpload() {
		long vendor = vendorInService(this.vendors, "Received Scribe", PhiAccess.PHI);
		CertificationDetails pen = CertificationDetails.of(CertificationType.PEN_TEST, "NCC", this.clock.today());
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.certifications.create(vendor, pen, true, null));
		long id = this.certifications.create(vendor, pen, false, null);
		assertThat(this.certifications.get(id).verified()).isFalse();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.certifications.verify(id));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.certifications.update(id, 0, pen, false));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.certifications.upload(id,
				CertificationDocumentKind.REPORT, "r.pdf", TestFiles.pdf("r")));
	}

	@Test
	void aBridgeLetterLongerThanThreeMonthsIsRefusedAndNothingIsSaved() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Bridge Scribe", PhiAccess.PHI);
		LocalDate end = today.minusMonths(12);
		CertificationDetails tooLong = CertificationDetails.soc2Type2("A-LIGN", end.minusMonths(12).plusDays(1), end,
				end.plusDays(20), CertificationValidity.bridgeLimit(end).plusDays(1));
		assertThatExceptionOfType(CertificationRuleException.class)
			.isThrownBy(() -> this.certifications.create(vendor, tooLong, false, null))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(CertificationViolation::field)
				.containsExactly("bridgeLetterUntil"));
		assertThat(this.states.forVendor(vendor)).isEmpty();
	}

	/** The vendor's open certification obligations (other modules' obligations of the vendor left out). */
	private List<Obligation> open(long vendorId) {
		return this.obligations.search(new ObligationQuery(null, null, vendorId, null, null, false, false), 10)
			.stream()
			.filter((o) -> o.kind().name().startsWith("CERTIFICATION_"))
			.toList();
	}

	private List<String> storedRows(long vendorId) {
		List<String> rows = new java.util.ArrayList<>(this.jdbc
			.sql("SELECT concat_ws('|', certification_id, vendor_name, type, valid_until, lapses_on, expiring_from, "
					+ "bridged_from, interim_due_on, surveillance_due_on, rule_key, rule_dates, renewed_by) "
					+ "FROM certification_state WHERE vendor_id = ? ORDER BY certification_id")
			.param(vendorId)
			.query(String.class)
			.list());
		rows.addAll(this.jdbc
			.sql("SELECT concat_ws('|', vendor_name, phi_in_service, best_certification_id, assured_until, recheck_on) "
					+ "FROM vendor_assurance WHERE vendor_id = ?")
			.param(vendorId)
			.query(String.class)
			.list());
		return rows;
	}

}
