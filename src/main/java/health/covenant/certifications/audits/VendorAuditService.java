package health.covenant.certifications.audits;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.documents.DocumentService;
import health.covenant.documents.DocumentSummary;
import health.covenant.shared.Actor;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.NotFoundException;
import health.covenant.shared.OrganisationClock;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits of vendors (record, edit, delete, report documents) and the per-vendor audit cadence. Every
 * change is audited with before/after and announced ({@link VendorAuditChanged}), which recomputes
 * the vendor's stored next audit due before the transaction commits. Documents are stored, served and
 * audited by the documents module (owner type {@value #ENTITY}).
 */
@NamedInterface("api")
@Service
public class VendorAuditService {

	public static final String EDITORS = "hasAnyRole('SECURITY_OFFICER', 'ADMIN')";

	/** Entity type in the audit log and document owner type. */
	public static final String ENTITY = "VendorAudit";

	/** Entity type of cadence changes in the audit log. */
	static final String CADENCE_ENTITY = "VendorAuditCadence";

	/** A document to attach: the report. */
	public record Upload(String fileName, byte[] content) {
	}

	private final VendorAuditRepository audits;

	private final VendorService vendors;

	private final DocumentService documents;

	private final AuditService auditLog;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final OrganisationClock clock;

	private final AuditCadencePolicy policy;

	VendorAuditService(VendorAuditRepository audits, VendorService vendors, DocumentService documents,
			AuditService auditLog, ApplicationEventPublisher events, JdbcClient jdbc, OrganisationClock clock,
			AuditCadencePolicy policy) {
		this.audits = audits;
		this.vendors = vendors;
		this.documents = documents;
		this.auditLog = auditLog;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
		this.policy = policy;
	}

	/** The vendor's audits, latest first. */
	@Transactional(readOnly = true)
	public List<VendorAuditView> forVendor(long vendorId) {
		return this.audits.findByVendor(vendorId).stream().map(VendorAuditView::of).toList();
	}

	/** @throws NotFoundException if there is no such audit */
	@Transactional(readOnly = true)
	public VendorAuditView get(long id) {
		return VendorAuditView.of(load(id));
	}

	/**
	 * Records an audit, with its report if given, all or nothing.
	 * @throws VendorAuditRuleException when a rule is broken (nothing saved)
	 * @throws health.covenant.documents.DocumentRejectedException when the report is refused (nothing saved)
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public long record(long vendorId, VendorAuditDetails details, Upload report) {
		VendorSummary vendor = this.vendors.getSummary(vendorId);
		enforce(details);
		VendorAudit audit = this.audits.saveAndFlush(new VendorAudit(vendorId, details));
		this.auditLog.record("VENDOR_AUDIT_RECORDED", ENTITY, audit.getId(),
				"Recorded " + details.kind() + " audit of " + vendor.name() + " on " + details.performedOn(),
				AuditChanges.created(audit.snapshot()));
		if (report != null) {
			this.documents.store(ENTITY, audit.getId(), "REPORT", report.fileName(), report.content());
		}
		this.events.publishEvent(new VendorAuditChanged(audit.getId(), vendorId, false));
		return audit.getId();
	}

	/**
	 * Saves an audit if nobody else saved it since {@code expectedVersion}.
	 * @throws ConcurrentEditException when it changed in the meantime
	 * @throws VendorAuditRuleException when a rule is broken
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public void update(long id, long expectedVersion, VendorAuditDetails details) {
		VendorAudit audit = load(id);
		if (audit.getVersion() != expectedVersion) {
			throw new ConcurrentEditException(ENTITY, id);
		}
		enforce(details);
		Map<String, Object> before = audit.snapshot();
		audit.apply(details);
		AuditChanges changes = AuditChanges.diff(before, audit.snapshot());
		if (changes.isEmpty()) {
			return;
		}
		this.audits.saveAndFlush(audit);
		this.auditLog.record("VENDOR_AUDIT_UPDATED", ENTITY, id, "Updated audit #" + id, changes);
		this.events.publishEvent(new VendorAuditChanged(id, audit.getVendorId(), false));
	}

	/**
	 * Deletes an audit recorded by mistake, with its report documents (each deletion audited).
	 * @throws ConcurrentEditException when it changed since {@code expectedVersion}
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public void delete(long id, long expectedVersion) {
		VendorAudit audit = load(id);
		if (audit.getVersion() != expectedVersion) {
			throw new ConcurrentEditException(ENTITY, id);
		}
		for (DocumentSummary document : this.documents.forOwner(ENTITY, id)) {
			this.documents.delete(document.id());
		}
		Map<String, Object> before = audit.snapshot();
		this.audits.delete(audit);
		this.audits.flush();
		this.auditLog.record("VENDOR_AUDIT_DELETED", ENTITY, id, "Deleted audit #" + id,
				AuditChanges.diff(before, Map.of()));
		this.events.publishEvent(new VendorAuditChanged(id, audit.getVendorId(), true));
	}

	@Transactional(readOnly = true)
	public List<DocumentSummary> documents(long id) {
		return this.documents.forOwner(ENTITY, id);
	}

	/** Stores a report of the audit (checked, encrypted and audited by the documents module). */
	@Transactional
	@PreAuthorize(EDITORS)
	public DocumentSummary upload(long id, String fileName, byte[] content) {
		load(id);
		return this.documents.store(ENTITY, id, "REPORT", fileName, content);
	}

	/** Deletes a report of the audit (audited by the documents module). */
	@Transactional
	@PreAuthorize(EDITORS)
	public DocumentSummary deleteDocument(long id, long documentId) {
		DocumentSummary document = this.documents.find(documentId)
			.filter((d) -> ENTITY.equals(d.ownerType()) && d.ownerId() == id)
			.orElseThrow(() -> new NotFoundException("Document", documentId));
		this.documents.delete(documentId);
		return document;
	}

	/** The vendor's cadence setting and the default for its PHI access. */
	@Transactional(readOnly = true)
	public AuditCadence cadence(long vendorId) {
		VendorSummary vendor = this.vendors.getSummary(vendorId);
		int defaultMonths = this.policy.monthsFor(vendor.phiAccess());
		return this.jdbc
			.sql("SELECT override_months, override_reason, version FROM vendor_audit_cadence WHERE vendor_id = ?")
			.param(vendorId)
			.query((rs, n) -> new AuditCadence(vendorId, rs.getObject("override_months", Integer.class),
					rs.getString("override_reason"), defaultMonths, rs.getLong("version")))
			.optional()
			.orElse(new AuditCadence(vendorId, null, null, defaultMonths, 0));
	}

	/**
	 * Overrides the vendor's months between audits (with a reason), or sets it back to the default
	 * ({@code months} null), if nobody changed it since {@code expectedVersion}.
	 * @throws VendorAuditRuleException without a reason for an override, or months out of 1–120
	 * @throws ConcurrentEditException when it changed in the meantime
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public void setCadence(long vendorId, long expectedVersion, Integer months, String reason) {
		VendorSummary vendor = this.vendors.getSummary(vendorId);
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (months != null && (months < 1 || months > 120)) {
			throw new VendorAuditRuleException("months", "vendorAudits.rule.monthsRange");
		}
		if (months != null && why == null) {
			throw new VendorAuditRuleException("reason", "vendorAudits.rule.reasonRequired");
		}
		AuditCadence before = cadence(vendorId);
		if (before.version() != expectedVersion) {
			throw new ConcurrentEditException(CADENCE_ENTITY, vendorId);
		}
		String storedReason = months == null ? null : why;
		int updated = this.jdbc.sql("""
				INSERT INTO vendor_audit_cadence (vendor_id, override_months, override_reason, updated_at, updated_by)
				VALUES (:vendor, :months, :reason, :now, :actor)
				ON CONFLICT (vendor_id) DO UPDATE SET override_months = :months, override_reason = :reason,
				    updated_at = :now, updated_by = :actor, version = vendor_audit_cadence.version + 1
				WHERE vendor_audit_cadence.version = :version""")
			.param("vendor", vendorId)
			.param("months", months)
			.param("reason", storedReason)
			.param("now", Timestamp.from(this.clock.now()))
			.param("actor", Actor.current())
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ConcurrentEditException(CADENCE_ENTITY, vendorId);
		}
		Map<String, Object> was = new LinkedHashMap<>();
		was.put("months", before.overrideMonths());
		was.put("reason", before.overrideReason());
		Map<String, Object> now = new LinkedHashMap<>();
		now.put("months", months);
		now.put("reason", storedReason);
		this.auditLog.record("VENDOR_AUDIT_CADENCE_CHANGED", CADENCE_ENTITY, vendorId,
				months == null ? "Audit cadence of " + vendor.name() + " set back to the default"
						: "Audit cadence of " + vendor.name() + " set to " + months + " months",
				AuditChanges.diff(was, now));
		this.events.publishEvent(new AuditCadenceChanged(vendorId));
	}

	/** The vendor of an audit, if it exists. */
	@Transactional(readOnly = true)
	public java.util.Optional<Long> vendorOf(long auditId) {
		return this.audits.findById(auditId).map(VendorAudit::getVendorId);
	}

	private void enforce(VendorAuditDetails details) {
		LocalDate today = this.clock.today();
		if (details.performedOn() != null && details.performedOn().isAfter(today)) {
			throw new VendorAuditRuleException("performedOn", "vendorAudits.rule.performedInFuture");
		}
		if (details.kind() == null || details.performedOn() == null || details.result() == null
				|| details.auditor() == null || details.auditor().isBlank()) {
			throw new VendorAuditRuleException("auditor", "vendorAudits.rule.incomplete");
		}
	}

	private VendorAudit load(long id) {
		return this.audits.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

}
