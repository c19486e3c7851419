package health.covenant.agreements;

import java.time.LocalDate;
import java.util.List;

import health.covenant.IntegrationTest;
import health.covenant.TestClock;
import health.covenant.documents.DocumentRetainedException;
import health.covenant.documents.DocumentService;
import health.covenant.documents.TestFiles;
import health.covenant.obligations.ObligationDraft;
import health.covenant.obligations.ObligationKind;
import health.covenant.obligations.ObligationSource;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.NotFoundException;
import health.covenant.shared.web.Dates;
import health.covenant.vendors.PhiAccess;
import health.covenant.vendors.VendorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import static health.covenant.agreements.AgreementFixtures.executedBaa;
import static health.covenant.agreements.AgreementFixtures.vendorInService;
import static health.covenant.agreements.AgreementFixtures.withStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
@WithMockUser(username = "admin@covenant.test", roles = "ADMIN")
class AgreementServiceTest {

	@Autowired
	AgreementService agreements;

	@Autowired
	AgreementQueries queries;

	@Autowired
	AgreementSearch search;

	@Autowired
	VendorService vendors;

	@Autowired
	DocumentService documents;

	@Autowired
	List<ObligationSource> sources;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	Dates dates;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	ObligationSource agreementSource() {
		return this.sources.stream().filter((s) -> s.subjectType().equals("Agreement")).findFirst().orElseThrow();
	}

	@Test
	void executingANewVersionSupersedesTheOldOneAndKeepsHistory() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Versions", PhiAccess.PHI);
		long first = this.agreements.create(vendor, executedBaa(today.minusYears(1), today.plusMonths(1), false, 0));
		this.agreements.updateClause(first, "BAA-01", ClauseStatus.PRESENT, "ok", "§ 2");

		long second = this.agreements.newVersion(first);
		AgreementView draft = this.queries.get(second);
		assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
		assertThat(draft.supersedesId()).isEqualTo(first);
		assertThat(this.queries.checklist(second)).filteredOn((l) -> l.clause().code().equals("BAA-01"))
			.singleElement()
			.satisfies((l) -> assertThat(l.status()).isEqualTo(ClauseStatus.PRESENT));
		assertThatExceptionOfType(AgreementRuleException.class).isThrownBy(() -> this.agreements.newVersion(first));

		this.agreements.update(second, draft.version(),
				executedBaa(today.minusDays(1), today.plusYears(3), true, 60));
		assertThat(this.queries.get(first).status()).isEqualTo(AgreementStatus.SUPERSEDED);
		assertThat(this.queries.get(first).supersededById()).isEqualTo(second);
		assertThat(this.queries.get(second).history()).extracting(AgreementRow::id).containsExactly(first);
		assertThat(auditActions(first)).containsSubsequence("AGREEMENT_CREATED", "AGREEMENT_CLAUSE_CHANGED",
				"AGREEMENT_STATUS_CHANGED");
	}

	@Test
	void rulesAreEnforcedOnSaveAndNothingIsSaved() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Rules", PhiAccess.PHI);
		AgreementDetails tooLong = new AgreementDetails(AgreementKind.BAA, AgreementStatus.EXECUTED, today, null, false,
				null, null, 61, BreachNoticeUnit.CALENDAR_DAYS, null, null, null, null);
		assertThatExceptionOfType(AgreementRuleException.class).isThrownBy(() -> this.agreements.create(vendor, tooLong))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(RuleViolation::messageKey)
				.contains("agreement.rule.breachWindowTooLong", "agreement.rule.executedNeedsSignedDate"));
		assertThat(this.queries.forVendor(vendor)).isEmpty();
	}

	@Test
	void aStaleVersionOverwritesNothing() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Stale", PhiAccess.NONE);
		long id = this.agreements.create(vendor, executedBaa(today.minusYears(1), today.plusYears(1), false, 30));
		long version = this.queries.get(id).version();
		this.agreements.update(id, version, executedBaa(today.minusYears(1), today.plusYears(2), false, 30));
		assertThatExceptionOfType(ConcurrentEditException.class).isThrownBy(() -> this.agreements.update(id, version,
				executedBaa(today.minusYears(1), today.plusYears(5), false, 30)));
		assertThat(this.queries.get(id).details().expirationDate()).isEqualTo(today.plusYears(2));
	}

	@Test
	void changesAreAuditedFieldByField() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Audit", PhiAccess.NONE);
		long id = this.agreements.create(vendor, executedBaa(today.minusYears(1), today.plusYears(1), false, 30));
		this.agreements.update(id, this.queries.get(id).version(),
				executedBaa(today.minusYears(1), today.plusYears(1), false, 45));
		String changes = this.jdbc
			.sql("SELECT changes::text FROM audit_event WHERE entity_type = 'Agreement' AND entity_id = ? "
					+ "AND action = 'AGREEMENT_UPDATED' ORDER BY seq DESC LIMIT 1")
			.param(String.valueOf(id))
			.query(String.class)
			.single();
		assertThat(changes).contains("noticePeriodDays").contains("30").contains("45").doesNotContain("expirationDate");
	}

	@Test
	void obligationsFollowTheComputedDates() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Obligations", PhiAccess.PHI);
		long id = this.agreements.create(vendor, executedBaa(today.minusMonths(6), today.plusDays(40), true, 30));
		List<ObligationDraft> drafts = agreementSource().forSubject(id);
		assertThat(drafts).extracting(ObligationDraft::key)
			.containsExactly("agreement:" + id + ":notice", "agreement:" + id + ":term-end");
		assertThat(drafts.get(0).kind()).isEqualTo(ObligationKind.AGREEMENT_NOTICE_DEADLINE);
		assertThat(drafts.get(0).dueDate()).isEqualTo(today.plusDays(10));
		assertThat(drafts.get(0).link()).isEqualTo("/agreements/" + id);
		assertThat(drafts.get(0).title()).startsWith("BAA with Obligations");
		assertThat(drafts.get(1).dueDate()).isEqualTo(today.plusDays(40));
		assertThat(agreementSource().all()).extracting(ObligationDraft::key).contains("agreement:" + id + ":notice");

		this.clock.setDate(today.plusDays(41));
		assertThat(agreementSource().forSubject(id).get(1).dueDate()).isEqualTo(today.plusDays(40).plusMonths(12));

		this.clock.reset();
		this.agreements.update(id, this.queries.get(id).version(),
				withStatus(this.queries.get(id).details(), AgreementStatus.TERMINATED));
		assertThat(agreementSource().forSubject(id)).isEmpty();
	}

	@Test
	void storedDatesRollForwardForSortingAndFiltering() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Rolling", PhiAccess.NONE);
		long id = this.agreements.create(vendor, executedBaa(today.minusMonths(6), today.plusDays(20), true, 10));
		AgreementQuery within15 = new AgreementQuery(null, null, 15, false, null, vendor, null);
		assertThat(this.search.search(within15, PageRequest.of(0, 10)).getContent()).extracting(AgreementRow::id)
			.containsExactly(id);
		this.clock.setDate(today.plusDays(30));
		assertThat(this.search.search(within15, PageRequest.of(0, 10)).getContent()).isEmpty();
		assertThat(this.jdbc.sql("SELECT key_date FROM agreement WHERE id = ?").param(id).query(LocalDate.class).single())
			.as("a list request writes nothing")
			.isEqualTo(today.plusDays(10));
		// the hourly job rolls them forward
		assertThat(this.agreements.refreshStaleDates()).isPositive();
		assertThat(this.jdbc.sql("SELECT key_date FROM agreement WHERE id = ?").param(id).query(LocalDate.class).single())
			.isEqualTo(today.plusDays(20).plusMonths(12).minusDays(10));
	}

	@Test
	void documentsOfAnExecutedAgreementAreRetained() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Retention", PhiAccess.PHI);
		long draft = this.agreements.create(vendor, new AgreementDetails(AgreementKind.BAA, AgreementStatus.DRAFT, null,
				null, false, null, null, null, null, null, null, null, null));
		var redline = this.agreements.upload(draft, AgreementDocumentKind.REDLINE, "redline.docx", TestFiles.docx());
		this.agreements.deleteDocument(draft, redline.id());
		assertThat(this.queries.documents(draft)).isEmpty();

		long executed = this.agreements.create(vendor, executedBaa(today.minusDays(5), today.plusYears(1), false, 0),
				new AgreementService.Upload(AgreementDocumentKind.SIGNED, "signed.pdf", TestFiles.pdf("signed")));
		var signed = this.queries.documents(executed).get(0);
		assertThatExceptionOfType(DocumentRetainedException.class)
			.isThrownBy(() -> this.agreements.deleteDocument(executed, signed.id()));
		assertThat(this.documents.find(signed.id())).isPresent();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.agreements.deleteDocument(draft, signed.id()));
	}

	@Test
	void aRejectedFileCancelsTheWholeCreation() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "AllOrNothing", PhiAccess.PHI);
		assertThatExceptionOfType(health.covenant.documents.DocumentRejectedException.class)
			.isThrownBy(() -> this.agreements.create(vendor, executedBaa(today.minusDays(5), today.plusYears(1), false, 0),
					new AgreementService.Upload(AgreementDocumentKind.SIGNED, "baa.pdf", "not a pdf".getBytes())));
		assertThat(this.queries.forVendor(vendor)).isEmpty();
	}

	@Test
	void clausesBelongToBaasOnly() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "MSA only", PhiAccess.NONE);
		long msa = this.agreements.create(vendor, new AgreementDetails(AgreementKind.MSA, AgreementStatus.DRAFT, today,
				null, false, null, null, null, null, null, null, null, null));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.agreements.updateClause(msa, "BAA-01", ClauseStatus.PRESENT, null, null));
	}

	@Test
	@WithMockUser(username = "auditor@covenant.test", roles = "AUDITOR")
	void readersCannotWrite() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.agreements.create(1, executedBaa(this.clock.today(), null, false, 0)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.agreements.updateClause(1, "BAA-01", ClauseStatus.PRESENT, null, null));
	}

	@Test
	void whenLockedInTheNoticeObligationCarriesTheNextDeadlineWithTheTermItStops() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Locked In", PhiAccess.PHI);
		AgreementDetails details = executedBaa(today.minusMonths(6), today.plusDays(20), true, 30);
		long id = this.agreements.create(vendor, details);
		AgreementTerms.Schedule schedule = details.terms().on(today);
		assertThat(schedule.state()).isEqualTo(TermState.LOCKED_IN);

		List<ObligationDraft> drafts = agreementSource().forSubject(id);
		ObligationDraft notice = drafts.get(0);
		assertThat(notice.kind()).isEqualTo(ObligationKind.AGREEMENT_NOTICE_DEADLINE);
		assertThat(notice.dueDate()).isEqualTo(schedule.nextNoticeDeadline());
		assertThat(notice.facts()).containsEntry("Last day to give notice", this.dates.date(schedule.nextNoticeDeadline()))
			.containsEntry("Ends on, with notice given by then", this.dates.date(schedule.noticeTermEnd()))
			.containsEntry("Locked in: renewed from", this.dates.date(today.plusDays(21)))
			.doesNotContainKey("Current term ends");
		assertThat(schedule.noticeTermEnd()).isAfter(today.plusDays(20));
		ObligationDraft termEnd = drafts.get(1);
		assertThat(termEnd.dueDate()).isEqualTo(today.plusDays(20));
		assertThat(termEnd.facts()).containsEntry("Current term ends", this.dates.date(today.plusDays(20)));
	}

	@Test
	void aSupersededOrPendingVersionHasNoObligations() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Pending", PhiAccess.PHI);
		long first = this.agreements.create(vendor, executedBaa(today.minusYears(1), today.plusYears(1), true, 60));
		long second = this.agreements.newVersion(first);
		this.agreements.update(second, this.queries.get(second).version(),
				new AgreementDetails(AgreementKind.BAA, AgreementStatus.EXECUTED, today.plusDays(1), today.plusYears(3),
						true, 12, 60, 10, BreachNoticeUnit.BUSINESS_DAYS, today, "Jane Doe", null, null));
		assertThat(agreementSource().forSubject(first)).isEmpty();
		assertThat(agreementSource().forSubject(second)).isNotEmpty();
		assertThat(auditActions(first)).contains("AGREEMENT_SUPERSESSION_PLANNED");
	}

	@Test
	void terminatingRecordsTheDayItEnded() {
		LocalDate today = this.clock.today();
		long vendor = vendorInService(this.vendors, "Ended", PhiAccess.NONE);
		AgreementDetails details = executedBaa(today.minusYears(1), today.plusYears(1), true, 60);
		long id = this.agreements.create(vendor, details);
		this.agreements.update(id, this.queries.get(id).version(), withStatus(details, AgreementStatus.TERMINATED));
		AgreementView view = this.queries.get(id);
		assertThat(view.standing().endedAs()).isEqualTo(AgreementStatus.TERMINATED);
		assertThat(view.standing().endedOn()).isEqualTo(today);
		assertThat(this.queries.forVendor(vendor)).singleElement().satisfies((row) -> {
			assertThat(row.current()).isFalse();
			assertThat(row.keyDate()).isNull();
		});
	}

	private List<String> auditActions(long id) {
		return this.jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'Agreement' AND entity_id = ? ORDER BY seq")
			.param(String.valueOf(id))
			.query(String.class)
			.list();
	}

}
