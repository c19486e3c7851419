package health.covenant.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.documents.DocumentService;
import health.covenant.documents.DocumentSummary;
import health.covenant.identity.Role;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.obligations.ObligationSubjectChanged;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.NotFoundException;
import health.covenant.shared.Paging;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements of vendors: create, edit (rules enforced, optimistic locking), new versions that
 * supersede, the clause checklist and the agreement's documents. Every change is audited with
 * field-level before/after and announced to the obligations module. Dates are computed from the
 * terms as of today in the organisation's time zone ({@link AgreementTerms}).
 */
@Service
public class AgreementService {

	public static final String EDITORS = "hasAnyRole('LEGAL', 'ADMIN')";

	/** Entity type in the audit log, document owner type and obligation subject type. */
	public static final String ENTITY = "Agreement";

	private final AgreementRepository agreements;

	private final AgreementClauseRepository clauses;

	private final ClauseCatalog catalog;

	private final VendorService vendors;

	private final UserService users;

	private final DocumentService documents;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final OrganisationClock clock;

	AgreementService(AgreementRepository agreements, AgreementClauseRepository clauses, ClauseCatalog catalog,
			VendorService vendors, UserService users, DocumentService documents, AuditService audit,
			ApplicationEventPublisher events, JdbcClient jdbc, OrganisationClock clock) {
		this.agreements = agreements;
		this.clauses = clauses;
		this.catalog = catalog;
		this.vendors = vendors;
		this.users = users;
		this.documents = documents;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}


	/** Users who may own agreements (enabled LEGAL users), by name. */
	public List<UserSummary> possibleOwners() {
		return this.users.usersWithRole(Role.LEGAL);
	}

	/** The clause reference list (BAA-01…15, then REC-*). */
	public List<ClauseDefinition> clauseCatalog() {
		return this.catalog.all();
	}

	/** The rule violations these details would cause, without saving (form checks). */
	public List<RuleViolation> check(AgreementStatus previous, AgreementDetails details) {
		List<RuleViolation> violations = new ArrayList<>(AgreementRules.check(previous, details, this.clock.today()));
		if (details.ownerId() != null
				&& possibleOwners().stream().noneMatch((user) -> user.id() == details.ownerId())) {
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
		if (this.agreements.findSuccessor(id).isPresent() || old.getStatus() == AgreementStatus.SUPERSEDED
				|| old.getStatus() == AgreementStatus.TERMINATED) {
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

	/** The agreement with its computed dates, versions and missing clauses. */
	@Transactional(readOnly = true)
	public AgreementView get(long id) {
		Agreement agreement = load(id);
		LocalDate today = this.clock.today();
		AgreementDetails details = agreement.details();
		String vendorName = this.vendors.findSummary(agreement.getVendorId()).map(VendorSummary::name).orElse("?");
		List<Agreement> earlier = new ArrayList<>();
		Long previous = agreement.getSupersedesId();
		while (previous != null && earlier.size() < 100) {
			Agreement version = load(previous);
			earlier.add(version);
			previous = version.getSupersedesId();
		}
		Optional<Agreement> next = this.agreements.findSuccessor(id);
		Long successor = next.map(Agreement::getId).orElse(null);
		AgreementTerms.Schedule schedule = details.terms().on(today);
		AgreementStanding standing = AgreementStanding.of(details.status(), agreement.getEndedOn(), schedule,
				next.map(AgreementService::successor).orElse(null), today);
		List<String> missing = details.kind().isBaa() ? checklistOf(id).stream()
			.filter(ClauseLine::gap)
			.map((line) -> line.clause().code())
			.toList() : List.of();
		return new AgreementView(id, agreement.getVersion(), agreement.getVendorId(), vendorName, details, schedule,
				standing, today, ownerName(details.ownerId()), agreement.getSupersedesId(), successor, rows(earlier),
				missing, agreement.getPhiReturnedOn(), agreement.getCreatedAt(), agreement.getCreatedBy(),
				agreement.getUpdatedAt(), agreement.getUpdatedBy());
	}

	/** A vendor's agreements, newest first. */
	@Transactional(readOnly = true)
	public List<AgreementRow> forVendor(long vendorId) {
		return rows(this.agreements.findByVendor(vendorId));
	}

	/**
	 * Agreements of these vendors (any status), for gap computation: a fixed number of queries
	 * whatever the number of vendors, without owner names.
	 */
	@Transactional(readOnly = true)
	List<AgreementRow> forVendors(Collection<Long> vendorIds) {
		return vendorIds.isEmpty() ? List.of() : rows(this.agreements.findByVendors(vendorIds), false);
	}

	/** The vendor an agreement belongs to, if the agreement exists. */
	@Transactional(readOnly = true)
	Optional<Long> vendorOf(long agreementId) {
		return this.agreements.findById(agreementId).map(Agreement::getVendorId);
	}

	/** Every EXECUTED agreement. */
	@Transactional(readOnly = true)
	List<AgreementRow> executed() {
		return rows(this.agreements.findExecuted());
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
			AgreementTerms.Schedule dates = agreement.details().terms().on(today);
			boolean ended = !agreement.getStatus().isOpen();
			this.jdbc.sql("UPDATE agreement SET current_term_end = ?, next_notice_deadline = ?, key_date = ? WHERE id = ?")
				.params(ended ? null : dates.currentTermEnd(), ended ? null : dates.nextNoticeDeadline(),
						ended ? null : dates.keyDate(), agreement.getId())
				.update();
		}
		return stale.size();
	}

	/** The checklist of an agreement: every clause of the reference with this agreement's finding. */
	@Transactional(readOnly = true)
	public List<ClauseLine> checklist(long id) {
		load(id);
		return checklistOf(id);
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
		AuditChanges changes = AuditChanges.diff(before, finding.snapshot());
		if (!changes.isEmpty()) {
			this.audit.record("AGREEMENT_CLAUSE_CHANGED", ENTITY, id, code + " " + status + " in "
					+ agreement.getKind() + " #" + id, changes);
			this.events.publishEvent(new AgreementClausesChanged(id));
		}
		return new ClauseLine(definition, finding.getStatus(), finding.getNote(), finding.getSectionRef(),
				finding.getUpdatedBy(), finding.getUpdatedAt());
	}

	/** The agreement's documents, newest first. */
	@Transactional(readOnly = true)
	public List<DocumentSummary> documents(long id) {
		return this.documents.forOwner(ENTITY, id);
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

	/** Whether documents of this agreement may be deleted: never once it was executed. */
	@Transactional(readOnly = true)
	public boolean documentsDeletable(long id) {
		return this.agreements.findById(id).map((a) -> !a.getStatus().wasExecuted()).orElse(false);
	}

	List<ClauseLine> checklistOf(long id) {
		Map<String, AgreementClause> findings = this.clauses.findByAgreement(id)
			.stream()
			.collect(Collectors.toMap(AgreementClause::getClauseCode, Function.identity()));
		return this.catalog.all().stream().map((clause) -> line(clause, findings.get(clause.code()))).toList();
	}

	private static ClauseLine line(ClauseDefinition clause, AgreementClause finding) {
		return finding == null ? new ClauseLine(clause, null, null, null, null, null)
				: new ClauseLine(clause, finding.getStatus(), finding.getNote(), finding.getSectionRef(),
						finding.getUpdatedBy(), finding.getUpdatedAt());
	}

	/** List rows of these agreements (in this order), with their dates computed for today. */
	List<AgreementRow> rows(List<Agreement> list) {
		return rows(list, true);
	}

	private List<AgreementRow> rows(List<Agreement> list, boolean withOwners) {
		if (list.isEmpty()) {
			return List.of();
		}
		LocalDate today = this.clock.today();
		Map<Long, String> vendorNames = this.vendors
			.findSummaries(list.stream().map(Agreement::getVendorId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(VendorSummary::id, VendorSummary::name));
		List<Long> baaIds = list.stream().filter((a) -> a.getKind().isBaa()).map(Agreement::getId).toList();
		Map<Long, Integer> missing = missingRequired(baaIds);
		Map<Long, AgreementStanding.Successor> successors = this.agreements
			.findSuccessors(list.stream().map(Agreement::getId).toList())
			.stream()
			.collect(Collectors.toMap(Agreement::getSupersedesId, AgreementService::successor));
		// The page's owners in one query.
		Map<Long, String> owners = new HashMap<>();
		if (withOwners) {
			this.users
				.findAllById(list.stream().map((a) -> a.details().ownerId()).filter(Objects::nonNull).distinct().toList())
				.forEach((user) -> owners.put(user.id(), user.displayName()));
		}
		List<AgreementRow> rows = new ArrayList<>();
		for (Agreement agreement : list) {
			AgreementDetails details = agreement.details();
			AgreementTerms.Schedule schedule = details.terms().on(today);
			String owner = details.ownerId() == null || !withOwners ? null
					: owners.getOrDefault(details.ownerId(), "#" + details.ownerId());
			AgreementStanding standing = AgreementStanding.of(details.status(), agreement.getEndedOn(), schedule,
					successors.get(agreement.getId()), today);
			rows.add(new AgreementRow(agreement.getId(), agreement.getVendorId(),
					vendorNames.getOrDefault(agreement.getVendorId(), "?"), details.kind(), details.status(),
					details.effectiveDate(), details.signedDate(), schedule, schedule.daysToNoticeDeadline(today), owner,
					missing.getOrDefault(agreement.getId(), 0), details.autoRenews(), standing,
					agreement.getPhiReturnedOn()));
		}
		return rows;
	}

	/** Required clauses not fulfilled ({@link ClauseDefinition#satisfiedBy}), per BAA. */
	private Map<Long, Integer> missingRequired(List<Long> baaIds) {
		if (baaIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Map<String, AgreementClause>> findings = new LinkedHashMap<>();
		for (AgreementClause finding : this.clauses.findByAgreements(baaIds)) {
			findings.computeIfAbsent(finding.getAgreementId(), (k) -> new HashMap<>())
				.put(finding.getClauseCode(), finding);
		}
		Map<Long, Integer> missing = new HashMap<>();
		for (Long id : baaIds) {
			missing.put(id, this.catalog.missingRequired(findings.getOrDefault(id, Map.of())));
		}
		return missing;
	}

	private String ownerName(Long ownerId) {
		return ownerId == null ? null
				: this.users.findById(ownerId).map(UserSummary::displayName).orElse("#" + ownerId);
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

	static AgreementStanding.Successor successor(Agreement next) {
		return new AgreementStanding.Successor(next.getId(), next.getStatus(), next.details().effectiveDate());
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	/** A file to store with an agreement. */
	public record Upload(AgreementDocumentKind kind, String fileName, byte[] content) {
	}

	static final Comparator<AgreementRow> BY_KEY_DATE = Comparator
		.comparing(AgreementRow::keyDate, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(AgreementRow::id);

}
