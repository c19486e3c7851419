package health.covenant.incidents;

import health.covenant.documents.DocumentOwnerPolicy;

import org.springframework.stereotype.Component;

/**
 * The expert analyses attached to a vendor's verification may be deleted by the commitments' editors (a
 * wrong file) unless the last one would go while a verification is recorded: that verification's evidence
 * must stay. Every deletion stays in the audit log.
 */
@Component
class IrCommitmentDocumentPolicy implements DocumentOwnerPolicy {

	private final IrCommitmentService commitments;

	IrCommitmentDocumentPolicy(IrCommitmentService commitments) {
		this.commitments = commitments;
	}

	@Override
	public String ownerType() {
		return IrCommitmentService.ENTITY;
	}

	@Override
	public boolean mayDelete(long ownerId) {
		return this.commitments.analysisMayGo(ownerId);
	}

}
