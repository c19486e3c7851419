package health.covenant.assessments.findings;

import org.springframework.data.jpa.repository.JpaRepository;

interface FindingRepository extends JpaRepository<Finding, Long> {

	boolean existsByAssessmentIdAndQuestionCode(Long assessmentId, String questionCode);

}
