package health.covenant.assessments;

import health.covenant.documents.DocumentOwnerPolicy;

import org.springframework.stereotype.Component;

/**
 * Evidence uploaded to an assessment may be deleted while that assessment is open (a wrong file); once
 * it is completed its evidence is kept with the score it supports.
 */
@Component
class AssessmentDocumentPolicy implements DocumentOwnerPolicy {

	private final AssessmentRepository assessments;

	AssessmentDocumentPolicy(AssessmentRepository assessments) {
		this.assessments = assessments;
	}

	@Override
	public String ownerType() {
		return AssessmentService.ENTITY;
	}

	@Override
	public boolean mayDelete(long ownerId) {
		return this.assessments.findById(ownerId).map((a) -> a.getStatus().open()).orElse(false);
	}

}
