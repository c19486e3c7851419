package health.covenant.assessments.findings;

import health.covenant.documents.DocumentOwnerPolicy;

import org.springframework.stereotype.Component;

/** Evidence of a finding may be deleted while the finding exists (a wrong file); the deletion is audited. */
@Component
class FindingDocumentPolicy implements DocumentOwnerPolicy {

	private final FindingRepository findings;

	FindingDocumentPolicy(FindingRepository findings) {
		this.findings = findings;
	}

	@Override
	public String ownerType() {
		return FindingService.ENTITY;
	}

	@Override
	public boolean mayDelete(long ownerId) {
		return this.findings.existsById(ownerId);
	}

}
