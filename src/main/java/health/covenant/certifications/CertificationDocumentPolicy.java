package health.covenant.certifications;

import health.covenant.documents.DocumentOwnerPolicy;

import org.springframework.stereotype.Component;

/**
 * Documents of a certification (a report, a bridge letter) may be deleted while the certification
 * exists: a wrong file can be replaced, and deleting the certification deletes its documents.
 */
@Component
class CertificationDocumentPolicy implements DocumentOwnerPolicy {

	private final CertificationRepository certifications;

	CertificationDocumentPolicy(CertificationRepository certifications) {
		this.certifications = certifications;
	}

	@Override
	public String ownerType() {
		return CertificationService.ENTITY;
	}

	@Override
	public boolean mayDelete(long ownerId) {
		return this.certifications.existsById(ownerId);
	}

}
