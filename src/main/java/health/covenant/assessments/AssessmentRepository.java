package health.covenant.assessments;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

	@Query("SELECT a FROM Assessment a WHERE a.vendorId = ?1 ORDER BY a.id DESC")
	List<Assessment> findByVendor(long vendorId);

	@Query("SELECT a FROM Assessment a LEFT JOIN FETCH a.answers WHERE a.id = ?1")
	Optional<Assessment> findWithAnswers(long id);

}
