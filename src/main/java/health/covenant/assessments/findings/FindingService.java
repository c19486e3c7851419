package health.covenant.assessments.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import health.covenant.audit.AuditChanges;
import health.covenant.certifications.audits.VendorAuditService;
import health.covenant.certifications.audits.VendorAuditView;
import health.covenant.audit.AuditEvent;
import health.covenant.audit.AuditQuery;
import health.covenant.audit.AuditService;
import health.covenant.documents.DocumentService;
import health.covenant.documents.DocumentSummary;
import health.covenant.identity.UserService;
import health.covenant.identity.UserSummary;
import health.covenant.assessments.VendorFindingsChanged;
import health.covenant.obligations.ObligationSubjectChanged;
import health.covenant.shared.Actor;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.NotFoundException;
import health.covenant.shared.OrganisationClock;
import health.covenant.shared.Paging;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings: open (by hand, from a vendor audit, from an assessment answer), edit, remediate (with
 * evidence documents through the documents module), accept the risk until a date, reopen. Every change
 * is audited with before/after and refreshes the finding's obligations ({@link ObligationSubjectChanged}).
 * The rules live in {@link FindingRules}.
 */
@Service
public class FindingService {

	/** Who opens, edits and remediates any finding. */
	public static final String EDITORS = "hasAnyRole('SECURITY_OFFICER', 'ADMIN')";

	/** Who accepts a risk: the security officer, never an administrator alone. */
	public static final String ACCEPTORS = "hasRole('SECURITY_OFFICER')";

	/** Entity type in the audit log and document owner type. */
	public static final String ENTITY = "Finding";

	/**
	 * The list counts at most this many matches and pages no further: a request reads a bounded number of
	 * index entries whatever the volume (narrow the filters to reach the rest).
	 */
	public static final int COUNT_CAP = 1000;

	/** A document to attach: remediation evidence. */
	public record Upload(String fileName, byte[] content) {
	}

	private final FindingRepository findings;

	private final VendorService vendors;

	private final UserService users;

	private final DocumentService documents;

	private final AuditService auditLog;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final OrganisationClock clock;

	private final FindingPolicy policy;

	private final VendorAuditService vendorAudits;

	FindingService(FindingRepository findings, VendorService vendors, UserService users, DocumentService documents,
			AuditService auditLog, ApplicationEventPublisher events, JdbcClient jdbc, OrganisationClock clock,
			FindingPolicy policy, VendorAuditService vendorAudits) {
		this.vendorAudits = vendorAudits;
		this.findings = findings;
		this.vendors = vendors;
		this.users = users;
		this.documents = documents;
		this.auditLog = auditLog;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
		this.policy = policy;
	}

	public FindingPolicy policy() {
		return this.policy;
	}

	/** The default due date of a finding of this severity opened today. */
	public LocalDate defaultDue(FindingSeverity severity) {
		return FindingRules.defaultDue(severity, this.clock.today(), this.policy);
	}

	/** @throws NotFoundException if there is no such finding */
	@Transactional(readOnly = true)
	public FindingView get(long id) {
		return load(id).view(this.clock.today());
	}

	/**
	 * Opens a finding by hand or from a vendor audit / an assessment answer (the source's vendor must be
	 * the finding's). A due date left empty takes the severity's default.
	 * @throws FindingRuleException when a rule is broken (nothing saved)
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public long open(long vendorId, FindingSource source, FindingDetails details) {
		if (source.kind() == FindingSourceKind.VENDOR_AUDIT) {
			VendorAuditView audit = this.vendorAudits.get(source.auditId());
			if (audit.vendorId() != vendorId || !audit.details().result().hasFindings()) {
				throw new FindingRuleException(null, "findings.rule.auditWithoutFindings");
			}
		}
		return openFor(vendorId, source, details, "FINDING_OPENED", this.clock.today());
	}

	/** Opens a finding dated in the past (demo data): its default due date counts from that day. */
	@Transactional
	long openAsOf(LocalDate openedOn, long vendorId, FindingSource source, FindingDetails details) {
		return openFor(vendorId, source, details, "FINDING_OPENED", openedOn);
	}

	/**
	 * Opens a finding for each critical question an assessment answered NO, once per assessment and
	 * question: HIGH, titled after the question, owned internally by the vendor's business owner. Called
	 * in the completing transaction ({@link AssessmentFindings}).
	 */
	@Transactional
	int openFromAssessment(long assessmentId, long vendorId, List<AutoFinding> candidates) {
		int opened = 0;
		VendorSummary vendor = this.vendors.getSummary(vendorId);
		for (AutoFinding candidate : candidates) {
			if (this.findings.existsByAssessmentIdAndQuestionCode(assessmentId, candidate.questionCode())) {
				continue;
			}
			FindingDetails details = new FindingDetails(AUTOMATIC_SEVERITY, candidate.title(),
					candidate.description(), null, vendor.businessOwnerId(), null);
			openFor(vendorId, FindingSource.assessment(assessmentId, candidate.questionCode()), details,
					"FINDING_OPENED_FROM_ASSESSMENT", this.clock.today());
			opened++;
		}
		return opened;
	}

	/** The severity of a finding opened by a critical NO answer (the assessor may change it). */
	static final FindingSeverity AUTOMATIC_SEVERITY = FindingSeverity.HIGH;

	/** A finding to open from an answer. */
	record AutoFinding(String questionCode, String title, String description) {
	}

	private long openFor(long vendorId, FindingSource source, FindingDetails details, String action, LocalDate today) {
		VendorSummary vendor = this.vendors.getSummary(vendorId);
		FindingDetails complete = withDefaultDue(check(details), today);
		Finding finding = this.findings.saveAndFlush(new Finding(vendorId, vendor.name(), source, complete, today));
		this.auditLog.record(action, ENTITY, finding.getId(),
				"Opened " + complete.severity() + " finding on " + vendor.name() + ": " + finding.getTitle(),
				AuditChanges.created(finding.snapshot()));
		changed(finding);
		return finding.getId();
	}

	/**
	 * Saves an open finding if nobody else saved it since {@code expectedVersion}.
	 * @throws ConcurrentEditException when it changed in the meantime
	 * @throws FindingRuleException when a rule is broken or it is not open
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public void update(long id, long expectedVersion, FindingDetails details) {
		Finding finding = loadAt(id, expectedVersion);
		LocalDate today = this.clock.today();
		allow(FindingRules.Action.EDIT, finding, today);
		FindingDetails checked = check(details);
		if (checked.dueOn() == null) {
			checked = new FindingDetails(checked.severity(), checked.title(), checked.description(),
					checked.vendorContact(), checked.ownerId(),
					FindingRules.defaultDue(checked.severity(), finding.getOpenedOn(), this.policy));
		}
		Map<String, Object> before = finding.snapshot();
		finding.apply(checked);
		AuditChanges changes = AuditChanges.diff(before, finding.snapshot());
		if (changes.isEmpty()) {
			return;
		}
		this.findings.saveAndFlush(finding);
		this.auditLog.record("FINDING_UPDATED", ENTITY, id, "Updated finding #" + id, changes);
		changed(finding);
	}

	/**
	 * Records the remediation: by the security officer or an administrator, or by the finding's internal
	 * owner. Evidence documents are stored with it (all or nothing).
	 * @throws AccessDeniedException for anyone else
	 * @throws FindingRuleException when a rule is broken
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void remediate(long id, long expectedVersion, LocalDate remediatedOn, String evidenceNote, Upload evidence) {
		Finding finding = loadAt(id, expectedVersion);
		if (!mayRemediate(finding.getOwnerId())) {
			throw new AccessDeniedException("not an editor nor the finding's owner");
		}
		LocalDate today = this.clock.today();
		allow(FindingRules.Action.REMEDIATE, finding, today);
		FindingRules.remediationProblem(remediatedOn, finding.getOpenedOn(), today).ifPresent((key) -> {
			throw new FindingRuleException("remediatedOn", key);
		});
		if (evidenceNote == null || evidenceNote.isBlank()) {
			throw new FindingRuleException("evidenceNote", "findings.rule.evidenceRequired");
		}
		Map<String, Object> before = finding.snapshot();
		finding.remediate(remediatedOn, evidenceNote);
		this.findings.saveAndFlush(finding);
		this.auditLog.record("FINDING_REMEDIATED", ENTITY, id,
				"Finding #" + id + " remediated on " + remediatedOn, AuditChanges.diff(before, finding.snapshot()));
		if (evidence != null) {
			this.documents.store(ENTITY, id, "EVIDENCE", evidence.fileName(), evidence.content());
		}
		changed(finding);
	}

	/**
	 * Accepts the risk of an open finding until {@code expiresOn} (at most the policy's months ahead),
	 * with a justification. Only a security officer may.
	 * @throws FindingRuleException when a rule is broken
	 */
	@Transactional
	@PreAuthorize(ACCEPTORS)
	public void acceptRisk(long id, long expectedVersion, String justification, LocalDate expiresOn) {
		Finding finding = loadAt(id, expectedVersion);
		LocalDate today = this.clock.today();
		allow(FindingRules.Action.ACCEPT_RISK, finding, today);
		if (justification == null || justification.isBlank()) {
			throw new FindingRuleException("justification", "findings.rule.justificationRequired");
		}
		FindingRules.acceptanceProblem(expiresOn, today, this.policy).ifPresent((key) -> {
			throw new FindingRuleException("expiresOn", key);
		});
		Map<String, Object> before = finding.snapshot();
		finding.acceptRisk(justification, Actor.current(), today, expiresOn);
		this.findings.saveAndFlush(finding);
		this.auditLog.record("FINDING_RISK_ACCEPTED", ENTITY, id,
				"Risk of finding #" + id + " accepted until " + expiresOn, AuditChanges.diff(before, finding.snapshot()));
		changed(finding);
	}

	/**
	 * Opens a remediated or accepted finding again, with the reason.
	 * @throws FindingRuleException when it is open already or no reason is given
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public void reopen(long id, long expectedVersion, String reason) {
		Finding finding = loadAt(id, expectedVersion);
		allow(FindingRules.Action.REOPEN, finding, this.clock.today());
		if (reason == null || reason.isBlank()) {
			throw new FindingRuleException("reason", "findings.rule.reasonRequired");
		}
		Map<String, Object> before = finding.snapshot();
		finding.reopen();
		this.findings.saveAndFlush(finding);
		this.auditLog.record("FINDING_REOPENED", ENTITY, id, "Finding #" + id + " reopened: " + reason.strip(),
				AuditChanges.diff(before, finding.snapshot()));
		changed(finding);
	}

	/** Whether the signed-in user may record the remediation of a finding with this owner. */
	@Transactional(readOnly = true)
	public boolean mayRemediate(Long ownerId) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn == null || !signedIn.isAuthenticated()) {
			return false;
		}
		boolean editor = signedIn.getAuthorities()
			.stream()
			.anyMatch((a) -> "ROLE_SECURITY_OFFICER".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()));
		return editor || (ownerId != null
				&& this.users.current().map((user) -> user.id() == ownerId.longValue()).orElse(false));
	}

	@Transactional(readOnly = true)
	public List<DocumentSummary> documents(long id) {
		return this.documents.forOwner(ENTITY, id);
	}

	/** Stores evidence for the finding (checked, encrypted and audited by the documents module). */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public DocumentSummary upload(long id, String fileName, byte[] content) {
		Finding finding = load(id);
		if (!mayRemediate(finding.getOwnerId())) {
			throw new AccessDeniedException("not an editor nor the finding's owner");
		}
		return this.documents.store(ENTITY, id, "EVIDENCE", fileName, content);
	}

	/** The finding's history: its audit log entries, newest first (at most 50). */
	@Transactional(readOnly = true)
	public List<AuditEvent> history(long id) {
		return this.auditLog.page(new AuditQuery(ENTITY, Long.toString(id), null, null, null, null), null, null, 50)
			.events();
	}

	/** A page of findings, filtered and ordered; owner names looked up for the page's rows only. */
	@Transactional(readOnly = true)
	public Page<FindingRow> page(FindingQuery query, Pageable requested) {
		LocalDate today = this.clock.today();
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("today", today);
		if (query.severity() != null) {
			where.append(" AND severity = :severity");
			params.put("severity", query.severity().name());
		}
		if (query.status() != null) {
			where.append(switch (query.status()) {
				case OPEN -> " AND " + OPEN_TODAY;
				case RISK_ACCEPTED -> " AND status = 'RISK_ACCEPTED' AND acceptance_expires_on > :today";
				case REMEDIATED -> " AND status = 'REMEDIATED'";
			});
		}
		if (query.overdue()) {
			where.append(" AND ").append(OPEN_TODAY).append(" AND due_on < :today");
		}
		if (query.vendorId() != null) {
			where.append(" AND vendor_id = :vendor");
			params.put("vendor", query.vendorId());
		}
		if (query.ownerId() != null) {
			where.append(" AND owner_id = :owner");
			params.put("owner", query.ownerId());
		}
		long total = this.jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM finding" + where + " LIMIT " + COUNT_CAP + ") AS capped")
			.params(params)
			.query(Long.class)
			.single();
		Pageable pageable = Paging.within(requested, total);
		List<Object[]> raw = this.jdbc.sql("SELECT id, vendor_id, vendor_name, severity, title, source, status, due_on, "
				+ "acceptance_expires_on, owner_id FROM finding" + where + " ORDER BY " + query.sort().orderBy()
				+ " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> new Object[] { rs.getLong("id"), rs.getLong("vendor_id"), rs.getString("vendor_name"),
					rs.getString("severity"), rs.getString("title"), rs.getString("source"), rs.getString("status"),
					rs.getObject("due_on", LocalDate.class), rs.getObject("acceptance_expires_on", LocalDate.class),
					rs.getObject("owner_id", Long.class) })
			.list();
		Map<Long, String> ownerNames = ownerNames(
				raw.stream().map((r) -> (Long) r[9]).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		List<FindingRow> rows = new ArrayList<>();
		for (Object[] r : raw) {
			FindingStatus status = FindingStatus.valueOf((String) r[6]);
			LocalDate due = (LocalDate) r[7];
			LocalDate expires = (LocalDate) r[8];
			rows.add(new FindingRow((Long) r[0], (Long) r[1], (String) r[2], FindingSeverity.valueOf((String) r[3]),
					(String) r[4], FindingSourceKind.valueOf((String) r[5]),
					FindingRules.effectiveStatus(status, expires, today),
					FindingRules.overdue(status, due, expires, today), due, expires, (Long) r[9],
					r[9] == null ? null : ownerNames.get((Long) r[9])));
		}
		return new PageImpl<>(rows, pageable, total);
	}

	/** A vendor's findings at a glance (one indexed query on the vendor's findings). */
	@Transactional(readOnly = true)
	public VendorFindings forVendor(long vendorId) {
		LocalDate today = this.clock.today();
		Map<FindingSeverity, Long> open = new EnumMap<>(FindingSeverity.class);
		long[] counts = new long[3];
		LocalDate[] oldest = new LocalDate[1];
		this.jdbc.sql("SELECT severity, status, due_on, acceptance_expires_on FROM finding WHERE vendor_id = ?")
			.param(vendorId)
			.query((rs) -> {
				FindingStatus status = FindingStatus.valueOf(rs.getString("status"));
				LocalDate due = rs.getObject("due_on", LocalDate.class);
				LocalDate expires = rs.getObject("acceptance_expires_on", LocalDate.class);
				FindingStatus now = FindingRules.effectiveStatus(status, expires, today);
				switch (now) {
					case OPEN -> open.merge(FindingSeverity.valueOf(rs.getString("severity")), 1L, Long::sum);
					case RISK_ACCEPTED -> counts[1]++;
					case REMEDIATED -> counts[2]++;
				}
				if (FindingRules.overdue(status, due, expires, today)) {
					counts[0]++;
					if (oldest[0] == null || due.isBefore(oldest[0])) {
						oldest[0] = due;
					}
				}
			});
		return new VendorFindings(vendorId, open, counts[0], oldest[0], counts[1], counts[2]);
	}

	/** Display names of these users. */
	@Transactional(readOnly = true)
	public Map<Long, String> ownerNames(Set<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.users.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(UserSummary::id, UserSummary::displayName, (a, b) -> a));
	}

	/** The users who may own a finding (enabled ones), by name. */
	@Transactional(readOnly = true)
	public List<UserSummary> possibleOwners() {
		return this.users.allUsers().stream().filter(UserSummary::enabled).toList();
	}

	/** Open today, an expired acceptance included (SQL over the finding table, {@code :today} bound). */
	static final String OPEN_TODAY = "(status = 'OPEN' OR (status = 'RISK_ACCEPTED' AND acceptance_expires_on <= :today))";

	private FindingDetails check(FindingDetails details) {
		if (details.severity() == null) {
			throw new FindingRuleException("severity", "findings.rule.severityRequired");
		}
		if (details.title() == null || details.title().isBlank()) {
			throw new FindingRuleException("title", "findings.rule.titleRequired");
		}
		if (details.ownerId() != null && this.users.findById(details.ownerId()).isEmpty()) {
			throw new FindingRuleException("ownerId", "findings.rule.unknownOwner");
		}
		return details;
	}

	private FindingDetails withDefaultDue(FindingDetails details, LocalDate openedOn) {
		if (details.dueOn() != null) {
			return details;
		}
		return new FindingDetails(details.severity(), details.title(), details.description(), details.vendorContact(),
				details.ownerId(), FindingRules.defaultDue(details.severity(), openedOn, this.policy));
	}

	private void allow(FindingRules.Action action, Finding finding, LocalDate today) {
		if (!FindingRules.may(action, finding.getStatus(), finding.getAcceptanceExpiresOn(), today)) {
			throw new FindingRuleException(null, "findings.rule.notAllowed." + action);
		}
	}

	private void changed(Finding finding) {
		this.events.publishEvent(new ObligationSubjectChanged(FindingObligations.SUBJECT_TYPE, finding.getId()));
		this.events.publishEvent(new VendorFindingsChanged(finding.getVendorId()));
	}

	private Finding loadAt(long id, long expectedVersion) {
		Finding finding = load(id);
		if (finding.getVersion() != expectedVersion) {
			throw new ConcurrentEditException(ENTITY, id);
		}
		return finding;
	}

	private Finding load(long id) {
		return this.findings.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

}
