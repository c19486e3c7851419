package health.covenant.certifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import health.covenant.audit.AuditChanges;
import health.covenant.audit.AuditService;
import health.covenant.documents.DocumentService;
import health.covenant.documents.DocumentSummary;
import health.covenant.obligations.ObligationSubjectChanged;
import health.covenant.shared.Actor;
import health.covenant.shared.ConcurrentEditException;
import health.covenant.shared.NotFoundException;
import health.covenant.shared.OrganisationClock;
import health.covenant.vendors.VendorService;
import health.covenant.vendors.VendorSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certifications of vendors: add (security officers, administrators, and procurement for a report it
 * received), edit, verify and delete (security officers and administrators), and their documents.
 * The rules ({@link CertificationRules}) are enforced here; every change is audited with before/after
 * and announced to the obligations module and to the stored states ({@link VendorAssuranceChanged}).
 */
@Service
public class CertificationService {

	/** Who may add a certification. */
	public static final String ADDERS = "hasAnyRole('SECURITY_OFFICER', 'ADMIN', 'PROCUREMENT')";

	/** Who may edit, verify and delete one. */
	public static final String EDITORS = "hasAnyRole('SECURITY_OFFICER', 'ADMIN')";

	/** Entity type in the audit log, document owner type and obligation subject type. */
	public static final String ENTITY = "Certification";

	/** A document to store with a new certification. */
	public record Upload(CertificationDocumentKind kind, String fileName, byte[] content) {
	}

	private final CertificationRepository certifications;

	private final VendorService vendors;

	private final DocumentService documents;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final OrganisationClock clock;

	private final Clock instantClock;

	CertificationService(CertificationRepository certifications, VendorService vendors, DocumentService documents,
			AuditService audit, ApplicationEventPublisher events, OrganisationClock clock, Clock instantClock) {
		this.certifications = certifications;
		this.vendors = vendors;
		this.documents = documents;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.instantClock = instantClock;
	}

	/** The rule violations these details would cause, without saving (form checks). */
	public List<CertificationViolation> check(CertificationDetails details) {
		return CertificationRules.check(details, this.clock.today());
	}

	/** Whether the signed-in user may mark a certification verified (security officers, administrators). */
	public boolean mayVerify() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getAuthorities()
			.stream()
			.anyMatch((a) -> "ROLE_SECURITY_OFFICER".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()));
	}

	/**
	 * Adds a certification to a vendor, with its first document if any, all or nothing.
	 * @param verified whether the signed-in security officer read it (refused for anyone else)
	 * @throws CertificationRuleException when a rule is broken (nothing saved)
	 * @throws health.covenant.documents.DocumentRejectedException when the document is refused
	 */
	@Transactional
	@PreAuthorize(ADDERS)
	public long create(long vendorId, CertificationDetails details, boolean verified, Upload upload) {
		VendorSummary vendor = this.vendors.getSummary(vendorId);
		if (verified && !mayVerify()) {
			throw new AccessDeniedException("Only security officers and administrators verify certifications");
		}
		enforce(details);
		Certification certification = new Certification(vendorId, details);
		if (verified) {
			certification.markVerified(Actor.current(), now());
		}
		this.certifications.saveAndFlush(certification);
		long id = certification.getId();
		this.audit.record("CERTIFICATION_CREATED", ENTITY, id,
				"Added " + details.type() + " for " + vendor.name() + (verified ? " (verified)" : ""),
				AuditChanges.created(certification.snapshot()));
		if (upload != null) {
			this.documents.store(ENTITY, id, upload.kind().name(), upload.fileName(), upload.content());
		}
		announce(certification);
		return id;
	}

	/**
	 * Saves new details if nobody else saved the certification since {@code expectedVersion}; the
	 * verification is kept, given or withdrawn as {@code verified} says.
	 * @throws ConcurrentEditException when it changed in the meantime (nothing saved)
	 * @throws CertificationRuleException when a rule is broken (nothing saved)
	 */
	@Transactional
	@PreAuthorize(EDITORS)
	public void update(long id, long expectedVersion, CertificationDetails details, boolean verified) {
		Certification certification = load(id);
		if (certification.getVersion() != expectedVersion) {
			throw new ConcurrentEditException(ENTITY, id);
		}
		enforce(details);
		Map<String, Object> before = certification.snapshot();
		CertificationType previousType = certification.getType();
		certification.apply(details);
		if (verified && certification.getVerifiedAt() == null) {
			certification.markVerified(Actor.current(), now());
		}
		else if (!verified) {
			certification.clearVerified();
		}
		this.certifications.saveAndFlush(certification);
		AuditChanges changes = AuditChanges.diff(before, certification.snapshot());
		if (!changes.isEmpty()) {
			this.audit.record("CERTIFICATION_UPDATED", ENTITY, id,
					"Changed " + certification.getType() + " #" + id, changes);
		}
		if (previousType != certification.getType()) {
			announceType(certification.getVendorId(), previousType);
		}
		announce(certification);
	}

	/** Marks a certification verified by the signed-in security officer (audited). */
	@Transactional
	@PreAuthorize(EDITORS)
	public void verify(long id) {
		Certification certification = load(id);
		if (certification.getVerifiedAt() != null) {
			return;
		}
		certification.markVerified(Actor.current(), now());
		this.certifications.saveAndFlush(certification);
		this.audit.record("CERTIFICATION_VERIFIED", ENTITY, id,
				"Verified " + certification.getType() + " #" + id,
				AuditChanges.none().field("verifiedBy", null, certification.getVerifiedBy()));
		this.events.publishEvent(new VendorAssuranceChanged(certification.getVendorId()));
	}

	/** Deletes a certification and its documents (audited); a renewed older one takes its place. */
	@Transactional
	@PreAuthorize(EDITORS)
	public void delete(long id) {
		Certification certification = load(id);
		for (DocumentSummary document : this.documents.forOwner(ENTITY, id)) {
			this.documents.delete(document.id());
		}
		Map<String, Object> before = certification.snapshot();
		this.certifications.delete(certification);
		this.certifications.flush();
		this.audit.record("CERTIFICATION_DELETED", ENTITY, id, "Deleted " + certification.getType() + " #" + id,
				AuditChanges.diff(before, Map.of()));
		this.events.publishEvent(new ObligationSubjectChanged(ENTITY, id));
		announceType(certification.getVendorId(), certification.getType());
		this.events.publishEvent(new VendorAssuranceChanged(certification.getVendorId()));
	}

	/** One certification with its schedule and state today. */
	@Transactional(readOnly = true)
	public CertificationView get(long id) {
		Certification c = load(id);
		LocalDate today = this.clock.today();
		CertificationDetails details = c.details();
		CertificationValidity.Schedule schedule = CertificationValidity.schedule(details);
		String vendorName = this.vendors.findSummary(c.getVendorId()).map(VendorSummary::name).orElse("?");
		return new CertificationView(id, c.getVersion(), c.getVendorId(), vendorName, details, schedule,
				schedule.stateOn(today), today, c.getVerifiedBy(), c.getVerifiedAt(), c.getCreatedAt(),
				c.getCreatedBy(), c.getUpdatedAt(), c.getUpdatedBy());
	}

	/** The certification's documents, newest first. */
	@Transactional(readOnly = true)
	public List<DocumentSummary> documents(long id) {
		return this.documents.forOwner(ENTITY, id);
	}

	/** Stores a report, bridge letter or certificate (checked, encrypted, audited by the documents module). */
	@Transactional
	@PreAuthorize(EDITORS)
	public DocumentSummary upload(long id, CertificationDocumentKind kind, String fileName, byte[] content) {
		load(id);
		return this.documents.store(ENTITY, id, kind.name(), fileName, content);
	}

	/** Deletes a document of a certification (audited by the documents module). */
	@Transactional
	@PreAuthorize(EDITORS)
	public DocumentSummary deleteDocument(long id, long documentId) {
		DocumentSummary document = this.documents.find(documentId)
			.filter((d) -> ENTITY.equals(d.ownerType()) && d.ownerId() == id)
			.orElseThrow(() -> new NotFoundException("Document", documentId));
		this.documents.delete(documentId);
		return document;
	}

	/** The vendor a certification belongs to, if it exists. */
	@Transactional(readOnly = true)
	public java.util.Optional<Long> vendorOf(long id) {
		return this.certifications.findById(id).map(Certification::getVendorId);
	}

	private void enforce(CertificationDetails details) {
		List<CertificationViolation> violations = new ArrayList<>(check(details));
		if (!violations.isEmpty()) {
			throw new CertificationRuleException(violations);
		}
	}

	/**
	 * Announces a change: the certification's obligations and those of the other certifications of
	 * its type at the vendor (a newer report renews the older ones), and the vendor's stored states.
	 */
	private void announce(Certification certification) {
		announceType(certification.getVendorId(), certification.getType());
		this.events.publishEvent(new VendorAssuranceChanged(certification.getVendorId()));
	}

	private void announceType(long vendorId, CertificationType type) {
		for (Long sibling : this.certifications.findIdsOfType(vendorId, type)) {
			this.events.publishEvent(new ObligationSubjectChanged(ENTITY, sibling));
		}
	}

	private Certification load(long id) {
		return this.certifications.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private Instant now() {
		return Instant.now(this.instantClock).truncatedTo(ChronoUnit.MICROS);
	}

}
