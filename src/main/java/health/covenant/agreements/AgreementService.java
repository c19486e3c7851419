package health.covenant.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.documents.DocumentService;
import health.covenant.documents.DocumentSummary;
import health.covenant.obligations.ObligationSubjectChanged;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.NotFoundException;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commands on agreements of vendors: create, edit (rules enforced, optimistic locking), new
 * versions that supersede, clause findings and the agreement's documents. Every change is audited with
 * field-level before/after and announced to the obligations module. Dates are computed from the
 * terms as of today in the organisation's time zone ({@link AgreementTerms}). The reads are in
 * {@link AgreementQueries} and {@link AgreementSearch}.
 */
@Service
public class AgreementService {

	public static final String EDITORS = "hasAnyRole('LEGAL', 'ADMIN')";

	/** Entity type in the audit log, document owner type and obligation subject type. */
	public static final String ENTITY = "Agreement";

	private static final int BATCH = 500;

	private final AgreementRepository agreements;

	private final AgreementClauseRepository clauses;

	private final ClauseCatalog catalog;

	private final VendorService vendors;

	private final AgreementQueries queries;

	private final DocumentService documents;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final OrganisationClock clock;

	AgreementService(AgreementRepository agreements, AgreementClauseRepository clauses, ClauseCatalog catalog,
			AgreementQueries queries, VendorService vendors, DocumentService documents, AuditService audit,
			ApplicationEventPublisher events, JdbcClient jdbc, JdbcTemplate jdbcTemplate,
			OrganisationClock clock) {
		this.agreements = agreements;
		this.clauses = clauses;
		this.catalog = catalog;
		this.vendors = vendors;
		this.queries = queries;
		this.documents = documents;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.clock = clock;
	}

	/** The rule violations these details would cause, without saving (form checks). */
	public List<RuleViolation> check(AgreementStatus previous, AgreementDetails details) {
		List<RuleViolation> violations = new ArrayList<>(AgreementRules.check(previous, details, this.clock.today()));
		if (details.ownerId() != null
				&& this.queries.possibleOwners().stream().noneMatch((user) -> user.id() == details.ownerId())) {
			violations.add(new RuleViolation("ownerId", "agreement.rule.ownerNotLegal", List.of()));
		}
		return violations;
	}

	/**
	 * Adds an agreement to a vendor.
	 * @throws AgreementRuleException when a rule is broken (nothing saved)
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public long create(long vendorId, AgreementDetails details) {
		return create(vendorId, details, null);
	}

	/**
	 * Adds an agreement to a vendor together with its first document (e.g. the signed PDF), all or
	 * nothing.
	 * @param upload the document, or null
	 * @throws AgreementRuleException when a rule is broken (nothing saved)
	 * @throws health.covenant.documents.DocumentRejectedException when the document is refused
	 * (nothing saved)
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public long create(long vendorId, AgreementDetails details, Upload upload) {
		VendorSummary vendor = this.vendors.getSummary(vendorId);
		enforce(null, details);
		Agreement agreement = new Agreement(vendorId, null, details);
		agreement.computeDates(this.clock.today());
		agreement.countMissingClauses(this.catalog.missingRequired(details.kind(), Map.of()));
		this.agreements.saveAndFlush(agreement);
		this.audit.record("AGREEMENT_CREATED", ENTITY, agreement.getId(),
				"Added " + details.kind() + " (" + details.status() + ") for " + vendor.name(),
				AuditChanges.created(agreement.snapshot()));
		if (upload != null) {
			this.documents.store(ENTITY, agreement.getId(), upload.kind().name(), upload.fileName(), upload.content());
		}
		announce(agreement.getId());
		return agreement.getId();
	}

	/**
	 * Saves new terms if nobody else saved the agreement since {@code expectedVersion}. Executing a
	 * new version supersedes the one it replaces from the day the new one takes effect: at once when
	 * that day has come, else the old one stays in force until then ({@link #supersedeDue()}).
	 * @throws ConcurrentEditException when it changed in the meantime (nothing saved)
	 * @throws AgreementRuleException when a rule is broken (nothing saved)
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public void update(long id, long expectedVersion, AgreementDetails details) {
		Agreement agreement = load(id);
		if (agreement.getVersion() != expectedVersion) {
			throw new ConcurrentEditException(ENTITY, id);
		}
		AgreementStatus previous = agreement.getStatus();
		enforce(previous, details);
		Map<String, Object> before = agreement.snapshot();
		agreement.apply(details);
		if (previous != details.status() && !details.status().isOpen()) {
			agreement.endedOn(endDay(agreement, details));
		}
		agreement.computeDates(this.clock.today());
		countMissingClauses(agreement);
		this.agreements.saveAndFlush(agreement);
		AuditChanges changes = AuditChanges.diff(before, agreement.snapshot());
		if (!changes.isEmpty()) {
			String action = previous != details.status() ? "AGREEMENT_STATUS_CHANGED" : "AGREEMENT_UPDATED";
			this.audit.record(action, ENTITY, id, "Changed " + agreement.getKind() + " #" + id
					+ (previous != details.status() ? " from " + previous + " to " + details.status() : ""), changes);
		}
		if (previous != AgreementStatus.EXECUTED && details.status() == AgreementStatus.EXECUTED
				&& agreement.getSupersedesId() != null) {
			if (this.clock.today().isBefore(details.effectiveDate())) {
				this.audit.record("AGREEMENT_SUPERSESSION_PLANNED", ENTITY, agreement.getSupersedesId(),
						"Will be superseded by #" + id + " from " + details.effectiveDate(), AuditChanges.none());
				announce(agreement.getSupersedesId());
			}
			else {
				supersede(load(agreement.getSupersedesId()), agreement);
			}
		}
		announce(id);
	}

	/**
	 * Moves every EXECUTED agreement whose executed later version has taken effect by today to
	 * SUPERSEDED (audited). Pages and gaps already treat it as superseded from that day; this records
	 * it (the hourly agreements job, cluster-safe). Safe to run again.
	 * @return how many were superseded
	 */
	@Transactional
	public int supersedeDue() {
		List<Agreement> due = this.agreements.findSupersededBy(this.clock.today());
		for (Agreement old : due) {
			this.agreements.findSuccessor(old.getId()).ifPresent((next) -> supersede(old, next));
		}
		return due.size();
	}

	/**
	 * Records the day the business associate returned or destroyed the PHI this BAA covered
	 * (164.504(e)(2)(ii)(J)); from then an offboarding vendor no longer needs a current BAA. Audited.
	 * @throws AgreementRuleException when this is not an executed BAA or the day is in the future or
	 * before the BAA took effect (nothing saved)
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public void recordPhiReturned(long id, LocalDate day) {
		Agreement agreement = load(id);
		AgreementDetails details = agreement.details();
		List<RuleViolation> violations = new ArrayList<>();
		if (details.kind() != AgreementKind.BAA || !details.status().wasExecuted()) {
			violations.add(new RuleViolation(null, "agreement.phiReturned.rule.executedBaaOnly", List.of()));
		}
		else if (day == null) {
			violations.add(new RuleViolation("phiReturnedOn", "agreement.phiReturned.rule.required", List.of()));
		}
		else if (day.isAfter(this.clock.today())) {
			violations.add(new RuleViolation("phiReturnedOn", "agreement.phiReturned.rule.future", List.of()));
		}
		else if (details.effectiveDate() != null && day.isBefore(details.effectiveDate())) {
			violations.add(new RuleViolation("phiReturnedOn", "agreement.phiReturned.rule.beforeEffective", List.of()));
		}
		if (!violations.isEmpty()) {
			throw new AgreementRuleException(violations);
		}
		LocalDate before = agreement.getPhiReturnedOn();
		agreement.recordPhiReturned(day);
		this.agreements.saveAndFlush(agreement);
		this.audit.record("AGREEMENT_PHI_RETURNED", ENTITY, id,
				"PHI returned or destroyed on " + day + " under " + agreement.getKind() + " #" + id,
				AuditChanges.none().field("phiReturnedOn", before, day));
		announce(id);
	}

	/**
	 * Starts a new version of an agreement: a DRAFT with the same terms and clause findings that, once
	 * executed, supersedes this one. Only one version can follow another.
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public long newVersion(long id) {
		Agreement old = load(id);
		if (this.agreements.findSuccessor(id).isPresent() || !old.getStatus().canHaveNewVersion()) {
			throw new AgreementRuleException(
					List.of(new RuleViolation(null, "agreement.rule.alreadySucceeded", List.of())));
		}
		AgreementDetails terms = old.details();
		AgreementDetails draft = new AgreementDetails(terms.kind(), AgreementStatus.DRAFT, terms.effectiveDate(),
				terms.expirationDate(), terms.autoRenews(), terms.renewalTermMonths(), terms.noticePeriodDays(),
				terms.breachNoticeValue(), terms.breachNoticeUnit(), null, null, terms.ownerId(), null);
		Agreement version = new Agreement(old.getVendorId(), id, draft);
		version.computeDates(this.clock.today());
		this.agreements.saveAndFlush(version);
		for (AgreementClause finding : this.clauses.findByAgreement(id)) {
			AgreementClause copy = new AgreementClause(version.getId(), finding.getClauseCode());
			copy.set(finding.getStatus(), finding.getNote(), null);
			this.clauses.save(copy);
		}
		countMissingClauses(version);
		this.agreements.saveAndFlush(version);
		this.audit.record("AGREEMENT_CREATED", ENTITY, version.getId(),
				"Started a new version of " + old.getKind() + " #" + id, AuditChanges.created(version.snapshot()));
		announce(version.getId());
		return version.getId();
	}

	/** Supersedes an EXECUTED agreement from the day its later version took effect. */
	private void supersede(Agreement old, Agreement next) {
		if (old.getStatus() != AgreementStatus.EXECUTED) {
			return;
		}
		LocalDate from = next.details().effectiveDate();
		old.changeStatus(AgreementStatus.SUPERSEDED);
		old.endedOn(from);
		old.computeDates(this.clock.today());
		this.agreements.saveAndFlush(old);
		this.audit.record("AGREEMENT_STATUS_CHANGED", ENTITY, old.getId(),
				"Superseded by #" + next.getId() + " from " + from,
				AuditChanges.none().field("status", AgreementStatus.EXECUTED, AgreementStatus.SUPERSEDED)
					.field("endedOn", null, from));
		announce(old.getId());
	}

	/** The day an agreement whose status a user just moved to an ended status ended. */
	private LocalDate endDay(Agreement agreement, AgreementDetails details) {
		LocalDate today = this.clock.today();
		if (details.status() == AgreementStatus.SUPERSEDED) {
			return this.agreements.findSuccessor(agreement.getId())
				.map((next) -> next.details().effectiveDate())
				.filter((from) -> from != null && !from.isAfter(today))
				.orElse(today);
		}
		if (details.status() == AgreementStatus.EXPIRED && !details.terms().renews()
				&& details.expirationDate() != null && details.expirationDate().isBefore(today)) {
			return details.expirationDate();
		}
		return today;
	}

	/**
	 * Recomputes the stored dates of auto-renewing agreements that "today" has rolled past (they sort
	 * and filter by them). Cheap when nothing is stale; safe on several instances.
	 */
	@Transactional
	public int refreshStaleDates() {
		LocalDate today = this.clock.today();
		List<Agreement> stale = this.agreements.findWithStaleDates(today);
		for (Agreement agreement : stale) {
			Agreement.StoredDates dates = agreement.datesOn(today);
			this.jdbc.sql("UPDATE agreement SET current_term_end = ?, next_notice_deadline = ?, key_date = ? WHERE id = ?")
				.params(dates.currentTermEnd(), dates.nextNoticeDeadline(), dates.keyDate(), agreement.getId())
				.update();
		}
		return stale.size();
	}

	/**
	 * Records a clause finding. Audited with before/after.
	 * @throws NotFoundException for an unknown agreement or clause code
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public ClauseLine updateClause(long id, String code, ClauseStatus status, String note, String sectionRef) {
		Agreement agreement = load(id);
		ClauseDefinition definition = this.catalog.find(code).orElseThrow(() -> new NotFoundException("Clause", code));
		if (!agreement.getKind().isBaa() || status == null) {
			throw new NotFoundException("Clause", code);
		}
		if (status == ClauseStatus.NOT_APPLICABLE && !definition.notApplicableAllowed()) {
			throw new AgreementRuleException(List.of(new RuleViolation("status",
					"agreement.clause.rule.cannotBeNotApplicable", List.of(code))));
		}
		if (status == ClauseStatus.NOT_APPLICABLE && definition.notApplicableNeedsNote()
				&& (note == null || note.isBlank())) {
			throw new AgreementRuleException(List.of(new RuleViolation("note",
					"agreement.clause.rule.notApplicableNeedsNote", List.of(code))));
		}
		AgreementClause finding = this.clauses.find(id, code).orElseGet(() -> new AgreementClause(id, code));
		Map<String, Object> before = finding.snapshot();
		finding.set(status, truncate(note, 1000), truncate(sectionRef, 100));
		this.clauses.saveAndFlush(finding);
		countMissingClauses(agreement);
		this.agreements.saveAndFlush(agreement);
		AuditChanges changes = AuditChanges.diff(before, finding.snapshot());
		if (!changes.isEmpty()) {
			this.audit.record("AGREEMENT_CLAUSE_CHANGED", ENTITY, id, code + " " + status + " in "
					+ agreement.getKind() + " #" + id, changes);
			this.events.publishEvent(new AgreementClausesChanged(id));
		}
		return new ClauseLine(definition, finding.getStatus(), finding.getNote(), finding.getSectionRef(),
				finding.getUpdatedBy(), finding.getUpdatedAt());
	}

	/** Stores a signed copy, redline or amendment (checked, encrypted, audited by the documents module). */
	@Transactional
	@PreAuthorize(EDITORS)
	public DocumentSummary upload(long id, AgreementDocumentKind kind, String fileName, byte[] content) {
		load(id);
		return this.documents.store(ENTITY, id, kind.name(), fileName, content);
	}

	/** Deletes a document of a never-executed agreement (executed ones are retained 6 years). */
	@Transactional
	@PreAuthorize(EDITORS)
	public DocumentSummary deleteDocument(long id, long documentId) {
		DocumentSummary document = this.documents.find(documentId)
			.filter((d) -> ENTITY.equals(d.ownerType()) && d.ownerId() == id)
			.orElseThrow(() -> new NotFoundException("Document", documentId));
		this.documents.delete(documentId);
		return document;
	}

	/** Stores how many required clauses the agreement's findings leave unfulfilled (the catalogue's rule). */
	private void countMissingClauses(Agreement agreement) {
		Map<String, AgreementClause> findings = new HashMap<>();
		for (AgreementClause finding : this.clauses.findByAgreement(agreement.getId())) {
			findings.put(finding.getClauseCode(), finding);
		}
		agreement.countMissingClauses(this.catalog.missingRequired(agreement.getKind(), findings));
	}

	/**
	 * Recounts the missing required clauses of every agreement, in batches of {@value #BATCH} with a fixed
	 * number of queries each, written with JDBC: for the data generator after it bulk-loads agreements and
	 * their findings. Never on a request.
	 * @return how many agreements miss a required clause
	 */
	@Transactional
	public long recountMissingClauses() {
		long after = 0;
		while (true) {
			List<Map.Entry<Long, AgreementKind>> batch = this.jdbc
				.sql("SELECT id, kind FROM agreement WHERE id > ? ORDER BY id LIMIT " + BATCH)
				.param(after)
				.query((rs, row) -> Map.entry(rs.getLong("id"), AgreementKind.valueOf(rs.getString("kind"))))
				.list();
			if (batch.isEmpty()) {
				break;
			}
			after = batch.get(batch.size() - 1).getKey();
			Map<Long, Map<String, AgreementClause>> findings = new HashMap<>();
			this.jdbc.sql("SELECT agreement_id, clause_code, status, note FROM agreement_clause WHERE agreement_id BETWEEN ? AND ?")
				.params(batch.get(0).getKey(), after)
				.query((rs) -> {
					AgreementClause finding = new AgreementClause(rs.getLong("agreement_id"), rs.getString("clause_code"));
					finding.set(ClauseStatus.valueOf(rs.getString("status")), rs.getString("note"), null);
					findings.computeIfAbsent(finding.getAgreementId(), (k) -> new HashMap<>())
						.put(finding.getClauseCode(), finding);
				});
			List<Object[]> counts = batch.stream()
				.map((entry) -> new Object[] { this.catalog.missingRequired(entry.getValue(),
						findings.getOrDefault(entry.getKey(), Map.of())), entry.getKey() })
				.toList();
			this.jdbcTemplate.batchUpdate("UPDATE agreement SET missing_required_clauses = ? WHERE id = ?", counts);
		}
		return this.jdbc.sql("SELECT count(*) FROM agreement WHERE missing_required_clauses > 0")
			.query(Long.class)
			.single();
	}

	private void enforce(AgreementStatus previous, AgreementDetails details) {
		List<RuleViolation> violations = check(previous, details);
		if (!violations.isEmpty()) {
			throw new AgreementRuleException(violations);
		}
	}

	private void announce(long id) {
		this.events.publishEvent(new ObligationSubjectChanged(ENTITY, id));
	}

	private Agreement load(long id) {
		return this.agreements.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	/** A file to store with an agreement. */
	public record Upload(AgreementDocumentKind kind, String fileName, byte[] content) {
	}

}
