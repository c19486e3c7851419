package health.covenant.certifications.audits;

import health.covenant.documents.DocumentOwnerPolicy;

import org.springframework.stereotype.Component;

/**
 * Reports of an audit may be deleted by its editors while the audit exists (a wrong file); deleting an
 * audit recorded by mistake deletes its reports. Every deletion stays in the audit log.
 */
@Component
class VendorAuditDocumentPolicy implements DocumentOwnerPolicy {

	private final VendorAuditRepository audits;

	VendorAuditDocumentPolicy(VendorAuditRepository audits) {
		this.audits = audits;
	}

	@Override
	public String ownerType() {
		return VendorAuditService.ENTITY;
	}

	@Override
	public boolean mayDelete(long ownerId) {
		return this.audits.existsById(ownerId);
	}

}
