package health.covenant.agreements;

import health.covenant.documents.DocumentOwnerPolicy;

import org.springframework.stereotype.Component;

/**
 * Documents of an agreement that was ever executed are kept (BAA documentation 6 years,
 * 164.316(b)(2)(i)); those of drafts and negotiations may be deleted. Superseded agreements keep
 * theirs too.
 */
@Component
class AgreementDocumentPolicy implements DocumentOwnerPolicy {

	private final AgreementRepository agreements;

	AgreementDocumentPolicy(AgreementRepository agreements) {
		this.agreements = agreements;
	}

	@Override
	public String ownerType() {
		return AgreementService.ENTITY;
	}

	@Override
	public boolean mayDelete(long ownerId) {
		return this.agreements.findById(ownerId).map((a) -> !a.getStatus().wasExecuted()).orElse(false);
	}

}
